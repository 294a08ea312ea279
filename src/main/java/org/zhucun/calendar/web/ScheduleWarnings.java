package org.zhucun.calendar.web;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * ATT-1: which years' national schedules the system administrator must be warned about on a given
 * day: the current year's while it is missing, and next year's from the warning day (1 November by
 * default) on while it is.
 */
public record ScheduleWarnings(IntPredicate known, MonthDay warnFrom) {

	public List<Integer> missingYears(LocalDate today) {
		List<Integer> missing = new ArrayList<>();
		if (!known.test(today.getYear())) {
			missing.add(today.getYear());
		}
		if (!today.isBefore(warnFrom.atYear(today.getYear())) && !known.test(today.getYear() + 1)) {
			missing.add(today.getYear() + 1);
		}
		return missing;
	}

}
