package org.zhucun.worklog.rules;

import java.time.LocalDate;

/** LOG-2: a quarter of a year, the period of the township's review. */
public record Quarter(int year, int quarter) {

	public Quarter {
		if (quarter < 1 || quarter > 4) {
			throw new IllegalArgumentException("quarter " + quarter);
		}
	}

	public static Quarter of(LocalDate day) {
		return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
	}

	public LocalDate firstDay() {
		return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
	}

	public LocalDate lastDay() {
		return firstDay().plusMonths(3).minusDays(1);
	}

	/** Whether the quarter has begun by this day (a review of a quarter not yet begun is refused). */
	public boolean hasBegunBy(LocalDate day) {
		return !firstDay().isAfter(day);
	}

	public Quarter previous() {
		return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
	}

	@Override
	public String toString() {
		return year + "-Q" + quarter;
	}

}
