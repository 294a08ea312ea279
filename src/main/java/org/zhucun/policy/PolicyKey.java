package org.zhucun.policy;

/**
 * A number of the policy (POL-1) with the seed's value, the installation-wide setting that may
 * replace it, the range a department may set, and the requirement it serves.
 */
public enum PolicyKey {

	/** Art. 12: leave of up to this many working days is approved by the township party committee (LEA-1). */
	LEAVE_TOWNSHIP_MAX_WORKING_DAYS("zhucun.policy.leave.township-max-working-days", 3, 1, 30, "LEA-1"),
	/** Art. 4: working days a month in the village (ATT-4). */
	ATTENDANCE_MONTHLY_MINIMUM_DAYS("zhucun.policy.attendance.monthly-minimum-days", 20, 1, 31, "ATT-4"),
	/** Annex 1 item 2.5: working days a year in the village for a work team (ATT-5). */
	ATTENDANCE_TEAM_YEARLY_DAYS("zhucun.policy.attendance.team-yearly-days", 240, 1, 366, "ATT-5"),
	/** Art. 12: more unexcused absence than this in a year leads to replacement (ATT-6). */
	ATTENDANCE_YEARLY_ABSENCE_LIMIT("zhucun.policy.attendance.yearly-absence-limit", 15, 0, 366, "ATT-6"),
	/** Art. 5 item 5: the unit head (一把手) visits the village at least once in this many months (MTG-2). */
	UNIT_HEAD_VISIT_MONTHS("zhucun.policy.unit-duty.head-visit-months", 6, 1, 24, "MTG-2"),
	/** Art. 5 item 5: the leader in charge (分管领导) does research in the village once in this many months (MTG-2). */
	UNIT_LEADER_RESEARCH_MONTHS("zhucun.policy.unit-duty.leader-research-months", 3, 1, 12, "MTG-2"),
	/** Annex 1 item 1.2: visits of the unit's leadership to the village a year (MTG-2). */
	UNIT_LEADERSHIP_VISITS_PER_YEAR("zhucun.policy.unit-duty.leadership-visits-per-year", 4, 0, 52, "MTG-2"),
	/** Art. 16: days of off-the-job training each person receives at least each year (TRN-1). */
	TRAINING_MIN_OFF_JOB_DAYS("zhucun.policy.training.min-off-job-days", 5, 0, 60, "TRN-1"),
	/** Art. 5 names no date: the quarterly report is due this many days after the quarter ends (REP-1, a local setting). */
	REPORT_QUARTERLY_DUE_DAYS("zhucun.policy.reporting.quarterly-due-days", 10, 0, 60, "REP-1"),
	/** Annex 1: the semi-annual written report is due on 20 June: the month (REP-2). */
	REPORT_SEMI_ANNUAL_DUE_MONTH("zhucun.policy.reporting.semi-annual-due-month", 6, 1, 12, "REP-2"),
	/** Annex 1: the semi-annual written report is due on 20 June: the day (REP-2). */
	REPORT_SEMI_ANNUAL_DUE_DAY("zhucun.policy.reporting.semi-annual-due-day", 20, 1, 31, "REP-2"),
	/** Annex 1: the annual written report is due on 30 November: the month (REP-2). */
	REPORT_ANNUAL_DUE_MONTH("zhucun.policy.reporting.annual-due-month", 11, 1, 12, "REP-2"),
	/** Annex 1: the annual written report is due on 30 November: the day (REP-2). */
	REPORT_ANNUAL_DUE_DAY("zhucun.policy.reporting.annual-due-day", 30, 1, 31, "REP-2"),
	/** Annex 1: a work team sends at least this many work-information items (工作信息) a year (REP-3). */
	REPORT_WORK_INFO_YEARLY_MINIMUM("zhucun.policy.reporting.work-info-yearly-minimum", 4, 0, 100, "REP-3"),
	/** Annex 1 item 3: raters of a work team's satisfaction survey at least (SAT-1). */
	SURVEY_TEAM_MINIMUM_RATERS("zhucun.policy.survey.team-minimum-raters", 30, 1, 1000, "SAT-1"),
	/** Annex 2 item 6: raters of a team leader's or first secretary's satisfaction survey at least (SAT-1). */
	SURVEY_LEADER_MINIMUM_RATERS("zhucun.policy.survey.leader-minimum-raters", 30, 1, 1000, "SAT-1"),
	/** Annex 3 item 4: villager representatives rating a team member at least (SAT-1). */
	SURVEY_MEMBER_MINIMUM_RATERS("zhucun.policy.survey.member-minimum-raters", 20, 1, 1000, "SAT-1"),
	/** SAT-1 formula: weight of a 满意 vote, in percent of a full vote. */
	SURVEY_WEIGHT_SATISFIED_PERCENT("zhucun.policy.survey.weight-satisfied-percent", 100, 0, 100, "SAT-1"),
	/** SAT-1 formula: weight of a 比较满意 vote, in percent of a full vote. */
	SURVEY_WEIGHT_FAIRLY_SATISFIED_PERCENT("zhucun.policy.survey.weight-fairly-satisfied-percent", 50, 0, 100, "SAT-1"),
	/** SAT-1 formula: weight of a 不满意 vote, in percent of a full vote. */
	SURVEY_WEIGHT_DISSATISFIED_PERCENT("zhucun.policy.survey.weight-dissatisfied-percent", 0, 0, 100, "SAT-1"),
	/** Art. 9: at most this percentage of the people dispatched at a level may be graded 优秀 in a year (ASM-6). */
	ASSESSMENT_EXCELLENT_PERCENT("zhucun.policy.assessment.excellent-percent", 15, 0, 100, "ASM-6"),
	/** Art. 21: the meal subsidy in yuan per day actually resident (SUB-1). */
	SUBSIDY_MEAL_YUAN_PER_DAY("zhucun.policy.subsidy.meal-yuan-per-day", 30, 0, 1000, "SUB-1"),
	/** Art. 7: this many criticism notices (督查通报) or more in a year cap the annual grade at 基本称职 (ASM-4). */
	ASSESSMENT_CRITICISM_NOTICES_CAP("zhucun.policy.assessment.criticism-notices-cap", 2, 1, 50, "ASM-4"),
	/** Art. 9: an annual 优秀 needs at least this many quarterly 优秀 (ASM-5). */
	ASSESSMENT_QUARTERLY_EXCELLENT_MINIMUM("zhucun.policy.assessment.quarterly-excellent-minimum", 2, 0, 4, "ASM-5"),
	/** Art. 6: the five duties quantified make up at least this share of the annual score, in % (ASM-7). */
	ASSESSMENT_DUTY_SHARE_MIN_PERCENT("zhucun.policy.assessment.duty-share-min-percent", 70, 0, 100, "ASM-7"),
	/** Art. 11 item 2: days posted in the village (满一年) for the time to count as grassroots work experience (USE-2). */
	EXPERIENCE_MIN_DAYS_IN_VILLAGE("zhucun.policy.use.experience-min-days", 365, 1, 3660, "USE-2");

	private final String property;

	private final int seedValue;

	private final int min;

	private final int max;

	private final String requirement;

	PolicyKey(String property, int seedValue, int min, int max, String requirement) {
		this.property = property;
		this.seedValue = seedValue;
		this.min = min;
		this.max = max;
		this.requirement = requirement;
	}

	/** The setting of application.yml that replaces the seed's value for the whole installation. */
	public String property() {
		return property;
	}

	/** The value in the seed policy (Ningxia's interim measures). */
	public int seedValue() {
		return seedValue;
	}

	public boolean allows(int value) {
		return value >= min && value <= max;
	}

	public int min() {
		return min;
	}

	public int max() {
		return max;
	}

	public String requirement() {
		return requirement;
	}

	public String messageKey() {
		return "policy.key." + name();
	}

}
