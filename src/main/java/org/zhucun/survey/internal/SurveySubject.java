package org.zhucun.survey.internal;

import java.util.List;

import org.zhucun.personnel.AssignmentRole;
import org.zhucun.policy.PolicyKey;

/** Whom a survey rates, with its annex, its default rater groups and the policy number of its minimum (SAT-1). */
public enum SurveySubject {

	/** Annex 1: the work team of a village (乡镇干部、村干部及党员、村民代表 30 人以上). */
	TEAM(PolicyKey.SURVEY_TEAM_MINIMUM_RATERS, List.of(RaterGroup.TOWNSHIP_CADRES, RaterGroup.VILLAGE_CADRES,
			RaterGroup.PARTY_MEMBERS, RaterGroup.VILLAGER_REPRESENTATIVES)),
	/** Annex 2: the team leader or first secretary (村干部、党员、村民代表 30 人以上). */
	LEADER(PolicyKey.SURVEY_LEADER_MINIMUM_RATERS,
			List.of(RaterGroup.VILLAGE_CADRES, RaterGroup.PARTY_MEMBERS, RaterGroup.VILLAGER_REPRESENTATIVES)),
	/** Annex 3: a team member (村民代表 20 人以上). */
	MEMBER(PolicyKey.SURVEY_MEMBER_MINIMUM_RATERS, List.of(RaterGroup.VILLAGER_REPRESENTATIVES));

	private final PolicyKey minimumKey;

	private final List<RaterGroup> defaultGroups;

	SurveySubject(PolicyKey minimumKey, List<RaterGroup> defaultGroups) {
		this.minimumKey = minimumKey;
		this.defaultGroups = defaultGroups;
	}

	public PolicyKey minimumKey() {
		return minimumKey;
	}

	public List<RaterGroup> defaultGroups() {
		return defaultGroups;
	}

	/** The survey of a posted person by their role: a member's is Annex 3, a leader's or first secretary's Annex 2. */
	public static SurveySubject of(AssignmentRole role) {
		return role == AssignmentRole.TEAM_MEMBER ? MEMBER : LEADER;
	}

	public String messageKey() {
		return "survey.subject." + name();
	}

}
