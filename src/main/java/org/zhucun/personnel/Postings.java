package org.zhucun.personnel;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * What other modules (attendance, reporting) may ask of the postings: who was posted where during
 * a period. Unscoped like the organisation directory: callers narrow by the villages of the user's
 * data scope before asking.
 */
public interface Postings {

	/** The postings to these villages that overlap the period from {@code from} to {@code to}, by person name. */
	List<PostingPeriod> postedIn(Collection<Long> villageIds, LocalDate from, LocalDate to);

	/** The postings for these dispatching units that overlap the period (a unit's own people, ORG-5). */
	List<PostingPeriod> ofUnits(Collection<Long> unitIds, LocalDate from, LocalDate to);

	/** The postings of one person that overlap the period. */
	List<PostingPeriod> ofPerson(long personId, LocalDate from, LocalDate to);

	/** The postings of these people that overlap the period, in one query per thousands of people. */
	List<PostingPeriod> ofPeople(Collection<Long> personIds, LocalDate from, LocalDate to);

}
