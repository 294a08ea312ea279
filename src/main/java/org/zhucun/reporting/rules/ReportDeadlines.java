package org.zhucun.reporting.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * REP-1/2/5: when a report of a period is due, when its period ends, and whether it was on time.
 * Built from the policy numbers in force for the person's village and the report's year (POL-1):
 * the quarterly report N days after the quarter ends (10 by default), the semi-annual written
 * report on 20 June and the annual one on 30 November (a day beyond the month's length means its
 * last day).
 */
public record ReportDeadlines(int quarterlyDueDays, int semiAnnualMonth, int semiAnnualDay, int annualMonth,
		int annualDay) {

	/** The seed policy's numbers (Annex 1) and the 10-day quarterly setting. */
	public static ReportDeadlines seed() {
		return new ReportDeadlines(10, 6, 20, 11, 30);
	}

	/** The due date of a kind's period; empty for work information (sent ad hoc). */
	public Optional<LocalDate> dueDate(ReportKind kind, int year, int period) {
		return switch (kind) {
			case QUARTERLY -> Optional.of(periodEnd(kind, year, period).plusDays(quarterlyDueDays));
			case SEMI_ANNUAL -> Optional.of(day(year, semiAnnualMonth, semiAnnualDay));
			case ANNUAL -> Optional.of(day(year, annualMonth, annualDay));
			case WORK_INFO -> Optional.empty();
		};
	}

	/** The first day of the period the report covers. */
	public static LocalDate periodStart(ReportKind kind, int year, int period) {
		return kind == ReportKind.QUARTERLY ? LocalDate.of(year, 3 * (checkQuarter(period) - 1) + 1, 1)
				: LocalDate.of(year, 1, 1);
	}

	/** The last day of the period the report covers (the semi-annual report covers January to June). */
	public static LocalDate periodEnd(ReportKind kind, int year, int period) {
		return switch (kind) {
			case QUARTERLY -> YearMonth.of(year, 3 * checkQuarter(period)).atEndOfMonth();
			case SEMI_ANNUAL -> LocalDate.of(year, 6, 30);
			case ANNUAL, WORK_INFO -> LocalDate.of(year, 12, 31);
		};
	}

	/** REP-5: a report submitted after its due date is late (submitted on the due date is on time). */
	public static boolean isLate(LocalDate dueDate, LocalDate submittedOn) {
		return dueDate != null && submittedOn.isAfter(dueDate);
	}

	/** REP-5: a report not submitted is missing once its due date has passed (from the day after). */
	public static boolean isMissing(LocalDate dueDate, LocalDate today) {
		return dueDate != null && today.isAfter(dueDate);
	}

	/** The quarter of a day (1..4). */
	public static int quarterOf(LocalDate day) {
		return (day.getMonthValue() - 1) / 3 + 1;
	}

	private static int checkQuarter(int quarter) {
		if (quarter < 1 || quarter > 4) {
			throw new IllegalArgumentException("Not a quarter: " + quarter);
		}
		return quarter;
	}

	private static LocalDate day(int year, int month, int day) {
		YearMonth ym = YearMonth.of(year, month);
		return ym.atDay(Math.min(day, ym.lengthOfMonth()));
	}

}
