package org.zhucun.attendance.register;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.zhucun.common.web.InvalidInputException;

/** The month of a register request: {@code 2026-11}, or the current month in China when none is given. */
final class MonthParameter {

	private MonthParameter() {
	}

	static YearMonth parse(String value, Clock clock) {
		if (value == null || value.isBlank()) {
			return YearMonth.from(LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))));
		}
		try {
			return YearMonth.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("month", "attendance.error.badMonth");
		}
	}

}
