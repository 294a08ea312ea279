package org.zhucun.leave.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * LEA-3: the working days that count as leave. Only working days inside the approved range count;
 * when the return is reported (销假) before the planned end, only the working days up to the day
 * before the actual return count. A return after the planned end does not stretch the leave: the
 * days after the end are not leave (the attendance register treats them as it finds them).
 */
public final class LeaveDays {

	private LeaveDays() {
	}

	/** The last day that counts: the planned end, or the day before an earlier return. */
	public static LocalDate lastCountedDay(LocalDate plannedEnd, Optional<LocalDate> returnedOn) {
		return returnedOn.filter(r -> !r.isAfter(plannedEnd)).map(r -> r.minusDays(1)).orElse(plannedEnd);
	}

	/**
	 * The working days of the range {@code start..plannedEnd} (given in order by the calendar) that
	 * count as leave, cut at the actual return.
	 */
	public static List<LocalDate> counted(List<LocalDate> workingDaysInRange, LocalDate start, LocalDate plannedEnd,
			Optional<LocalDate> returnedOn) {
		LocalDate last = lastCountedDay(plannedEnd, returnedOn);
		return workingDaysInRange.stream().filter(d -> !d.isBefore(start) && !d.isAfter(last)).toList();
	}

	/** Validates a reported return date: not before the start of the leave, not in the future. */
	public static Optional<String> returnProblem(LocalDate start, LocalDate returnedOn, LocalDate today) {
		if (returnedOn.isBefore(start)) {
			return Optional.of("leave.error.returnBeforeStart");
		}
		if (returnedOn.isAfter(today)) {
			return Optional.of("leave.error.returnInFuture");
		}
		return Optional.empty();
	}

	/**
	 * Validates a requested range before the calendar is asked: the end not before the start, the
	 * range not longer than {@code maxCalendarDays}. Returns the message key of the problem, if any.
	 */
	public static Optional<String> rangeProblem(LocalDate start, LocalDate end, int maxCalendarDays) {
		if (end.isBefore(start)) {
			return Optional.of("leave.error.endBeforeStart");
		}
		if (java.time.temporal.ChronoUnit.DAYS.between(start, end) + 1 > maxCalendarDays) {
			return Optional.of("leave.error.tooLong");
		}
		return Optional.empty();
	}

}
