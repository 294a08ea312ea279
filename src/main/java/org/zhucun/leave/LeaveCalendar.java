package org.zhucun.leave;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * What other modules (the attendance register, ATT-3) may ask of leave: the working days a person
 * was on approved leave (LEA-3). Only working days inside an approved request count, and a request
 * ended early by the report of return (销假) counts up to the day before the actual return.
 */
public interface LeaveCalendar {

	/** The working days from {@code from} to {@code to} (inclusive) this person was on approved leave. */
	Set<LocalDate> approvedLeaveDays(long personId, LocalDate from, LocalDate to);

	/** The same for many people at once (one query), by person id; people without leave are left out. */
	Map<Long, Set<LocalDate>> approvedLeaveDays(Set<Long> personIds, LocalDate from, LocalDate to);

}
