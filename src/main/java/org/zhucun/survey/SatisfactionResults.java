package org.zhucun.survey;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the scoring sheets (SCO-A1/A2/A3 satisfaction item) may ask of the satisfaction surveys
 * (SAT-1). Unscoped like the other directories: callers ask about a person or a village they have
 * already checked against the user's data scope.
 */
public interface SatisfactionResults {

	/** The closed or open survey of this person for the year (Annex 2/3), if one was set up. */
	Optional<SurveyResult> ofPerson(long personId, int year);

	/** The survey of the work team of this village for the year (Annex 1), if one was set up. */
	Optional<SurveyResult> ofTeam(long villageNodeId, int year);

	/**
	 * The surveys of these people for the year, by person id (people without a survey are left out):
	 * for computing many sheets at once in a few queries.
	 */
	default java.util.Map<Long, SurveyResult> ofPeople(java.util.Collection<Long> personIds, int year) {
		java.util.Map<Long, SurveyResult> results = new java.util.HashMap<>();
		personIds.forEach(id -> ofPerson(id, year).ifPresent(r -> results.put(id, r)));
		return results;
	}

	/** The surveys of the work teams of these villages for the year, by village node id (as {@link #ofPeople}). */
	default java.util.Map<Long, SurveyResult> ofTeams(java.util.Collection<Long> villageNodeIds, int year) {
		java.util.Map<Long, SurveyResult> results = new java.util.HashMap<>();
		villageNodeIds.forEach(id -> ofTeam(id, year).ifPresent(r -> results.put(id, r)));
		return results;
	}

	/**
	 * A survey's result: the valid votes against the minimum number of raters, whether it is valid
	 * (at least the minimum), the score out of 10 (null when not valid), and the arithmetic that led
	 * to it ({@code explanation}, e.g. "10 × (1 × 25 + 0.5 × 4 + 0 × 1) / 30 = 9.00", or "29 < 30" when
	 * not valid), in no language, for SCO-X.
	 */
	record SurveyResult(long surveyId, int validVotes, int minimumRaters, boolean valid, int satisfied,
			int fairlySatisfied, int dissatisfied, BigDecimal score, String explanation) {
	}

}
