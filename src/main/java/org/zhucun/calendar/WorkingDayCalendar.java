package org.zhucun.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * What other modules may ask of the working-day calendar (ATT-1). A day is a working day when the
 * national schedule makes it one (a weekday that is no statutory holiday, or a make-up working day)
 * and, where a node is given, the county that holds the node has declared no local holiday on it.
 * Ranges are inclusive at both ends; an empty range ({@code to} before {@code from}) counts 0.
 */
public interface WorkingDayCalendar {

	/** Whether the day is a working day under the national schedule. */
	boolean isWorkingDay(LocalDate day);

	/** Whether the day is a working day for the county holding this tree node (local holidays included). */
	boolean isWorkingDay(LocalDate day, long nodeId);

	/** The number of national working days from {@code from} to {@code to}, both included. */
	int workingDays(LocalDate from, LocalDate to);

	/** The number of working days from {@code from} to {@code to} for the county holding this node. */
	int workingDays(LocalDate from, LocalDate to, long nodeId);

	/** The working days themselves, in order, for the county holding this node. */
	List<LocalDate> workingDaysIn(LocalDate from, LocalDate to, long nodeId);

	/**
	 * Whether the State Council's schedule of this year is in the calendar. When it is not, the
	 * calendar counts weekends only and callers should say so (a workbench card warns the
	 * administrator).
	 */
	boolean isScheduleKnown(int year);

}
