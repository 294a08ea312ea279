package org.zhucun.calendar.schedule;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.zhucun.common.scope.SystemContext;

/**
 * On every start, seeds the years of {@code zhucun.calendar.seed-years} that the calendar does not
 * have yet from the library (ATT-1). A year already recorded is left alone, so the administrator's
 * edits survive restarts; two instances starting together seed a year once.
 */
@Component
@Order(0)
class CalendarSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CalendarSeeder.class);

	private final CalendarService calendar;

	private final CalendarProperties properties;

	CalendarSeeder(CalendarService calendar, CalendarProperties properties) {
		this.calendar = calendar;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (int year : properties.seedYears()) {
			SystemContext.run("calendar-seed", () -> {
				try {
					if (calendar.seedIfMissing(year)) {
						log.info("Working-day calendar: seeded {} from the library", year);
					}
				}
				catch (DataIntegrityViolationException ex) {
					log.info("Working-day calendar: {} was seeded by another instance", year);
				}
			});
		}
	}

}
