package org.zhucun.supervision;

/**
 * What the assessment (ASM-4, ASM-5) asks of the discipline records of SUP-2. Unscoped: the caller
 * evaluates a person it has already checked against the user's data scope.
 */
public interface DisciplineRecords {

	/** A person's records issued in a year (by date of issue). */
	DisciplineSummary ofPerson(long personId, int year);

	/** The summaries of these people's records issued in a year, every one of them present (for a whole scope at once). */
	default java.util.Map<Long, DisciplineSummary> ofPeople(java.util.Collection<Long> personIds, int year) {
		java.util.Map<Long, DisciplineSummary> result = new java.util.HashMap<>();
		personIds.forEach(id -> result.put(id, ofPerson(id, year)));
		return result;
	}

	/**
	 * How many criticism notices (督查通报) named the person, and whether lax discipline, dereliction or
	 * a serious violation, or inaction (不作为/不敢担当) was found.
	 */
	record DisciplineSummary(int criticismNotices, boolean laxDiscipline, boolean derelictionOrSerious,
			boolean inaction) {
	}

}
