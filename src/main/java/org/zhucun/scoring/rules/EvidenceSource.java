package org.zhucun.scoring.rules;

/**
 * Where an item's figure comes from (SCO-X, BUR-1): a record of another module, the team activities
 * kept here, the satisfaction survey, or the raters' scores.
 */
public enum EvidenceSource {

	/** tasks: undone tasks of the agreed plan (TSK-2) */
	UNDONE_TASKS,
	/** attendance: days of unexcused absence over the year (ATT-3) */
	ABSENT_DAYS,
	/** attendance: the team's days in the village over the year (ATT-5) */
	TEAM_DAYS,
	/** reporting: work-information items sent (REP-3) */
	WORK_INFO,
	/** reporting: semi-annual and annual written reports on time (REP-2) */
	SUMMARIES_ON_TIME,
	/** unit duties: the unit leadership's visits to the village (MTG-2) */
	LEADERSHIP_VISITS,
	/** unit duties: the unit head's (一把手) visits (MTG-2) */
	HEAD_VISITS,
	/** unit duties: the leadership meetings that studied the team's work (MTG-1) */
	UNIT_STUDY_MEETINGS,
	/** team activities: policy campaigns held */
	POLICY_CAMPAIGNS,
	/** team activities: farmers' skills-training person-times against the resident population */
	TRAINING_PERSON_TIMES,
	/** bonus evidence: media coverage of the team */
	MEDIA,
	/** bonus evidence: funds secured, by the dispatching unit's type */
	FUNDS_SECURED,
	/** bonus evidence: articles published */
	ARTICLES,
	/** bonus evidence: suggestions adopted */
	SUGGESTIONS,
	/** bonus evidence: leaders' written instructions */
	INSTRUCTIONS,
	/** the satisfaction survey (SAT-1) */
	SATISFACTION,
	/** the scores of the raters the annex names */
	RATERS;

	public String messageKey() {
		return "scoring.source." + name();
	}

}
