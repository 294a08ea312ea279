package org.zhucun.evidence;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the assessment may ask of the bonus evidence (Annex 1–3): only what counts — verified
 * records, and funds without line-department funds. Unscoped like the other directories: callers
 * narrow by the user's data scope themselves.
 */
public interface BonusEvidence {

	/** The counting records of the team of a village in a year (media coverage, funds secured). */
	List<CountingEvidence> countingForTeam(long villageNodeId, int year);

	/** The counting records of a person in a year (articles, suggestions adopted, leaders' instructions). */
	List<CountingEvidence> countingForPerson(long personId, int year);

	/** The counting records of these people in a year, every one of them present (for a whole scope at once). */
	default java.util.Map<Long, List<CountingEvidence>> countingForPeople(java.util.Collection<Long> personIds, int year) {
		java.util.Map<Long, List<CountingEvidence>> result = new java.util.HashMap<>();
		personIds.forEach(id -> result.put(id, countingForPerson(id, year)));
		return result;
	}

	/** The funds the team of a village secured in a year that count, in yuan. */
	BigDecimal fundsSecured(long villageNodeId, int year);

}
