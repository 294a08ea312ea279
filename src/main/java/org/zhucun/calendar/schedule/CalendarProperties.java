package org.zhucun.calendar.schedule;

import java.time.Duration;
import java.time.MonthDay;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the working-day calendar (ATT-1, POL-1).
 *
 * @param seedYears the years seeded from the library on first start (those it has: 2025, 2026)
 * @param warnMonth with {@code warnDay}: from this day of the year on, the system administrator is
 * warned while next year's schedule is missing (the State Council publishes it in late autumn)
 * @param warnDay see {@code warnMonth}
 * @param refreshCheck how often an instance looks whether another instance edited the calendar
 */
@ConfigurationProperties("zhucun.calendar")
public record CalendarProperties(List<Integer> seedYears, Integer warnMonth, Integer warnDay, Duration refreshCheck) {

	public CalendarProperties {
		seedYears = seedYears == null ? List.of(2025, 2026) : List.copyOf(seedYears);
		warnMonth = warnMonth == null ? 11 : warnMonth;
		warnDay = warnDay == null ? 1 : warnDay;
		refreshCheck = refreshCheck == null ? Duration.ofMinutes(1) : refreshCheck;
	}

	/** The day from which next year's missing schedule is a warning (default 1 November). */
	public MonthDay nextYearWarningFrom() {
		return MonthDay.of(warnMonth, warnDay);
	}

}
