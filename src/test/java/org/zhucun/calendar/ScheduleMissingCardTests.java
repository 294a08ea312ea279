package org.zhucun.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** ATT-1: when the system administrator is warned about a missing schedule (from 1 November). */
class ScheduleMissingCardTests {

	@Test
	@DisplayName("ATT-1: next year's missing schedule is a warning from 1 November; the current year's always")
	void missingYears() {
		// the schedule of 2025 and 2026 is known, 2027 and later not
		var known = java.util.Set.of(2025, 2026);
		var rule = new org.zhucun.calendar.web.ScheduleWarnings(known::contains, java.time.MonthDay.of(11, 1));
		assertThat(rule.missingYears(LocalDate.of(2026, 10, 31))).isEmpty();
		assertThat(rule.missingYears(LocalDate.of(2026, 11, 1))).containsExactly(2027);
		assertThat(rule.missingYears(LocalDate.of(2025, 12, 31))).isEmpty();
		assertThat(rule.missingYears(LocalDate.of(2027, 3, 1))).isEqualTo(List.of(2027));
		assertThat(rule.missingYears(LocalDate.of(2027, 11, 2))).containsExactly(2027, 2028);
	}

}
