package org.zhucun.reporting.report;

import java.time.LocalDate;

import org.zhucun.reporting.rules.ReportKind;

/**
 * REP-5: a report that was submitted after its due date (LATE) or not submitted by it (MISSING),
 * or a team's work information short of the yearly minimum (SHORT: {@code count} of {@code minimum}).
 */
public record Overdue(State state, long personId, String personName, ReportKind kind, int year, int period,
		LocalDate dueDate, Long reportId, LocalDate submittedOn, int count, int minimum) {

	public enum State {

		LATE, MISSING, SHORT;

		public String messageKey() {
			return "reporting.overdue." + name();
		}

	}

}
