package org.zhucun.calendar.demo;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.zhucun.calendar.schedule.CalendarService;
import org.zhucun.calendar.schedule.LocalHolidayCommand;
import org.zhucun.common.scope.SystemContext;
import org.zhucun.common.web.ConflictException;

/**
 * Demo profile only: the local holidays of 沙湖县 (641101) in 2026, 开斋节 and 古尔邦节, which the
 * Ningxia Hui Autonomous Region gives as days off (ATT-1). Loaded once; a second start finds them.
 */
@Component
@Profile("demo")
@Order(4)
class DemoLocalHolidaySeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoLocalHolidaySeeder.class);

	private final CalendarService calendar;

	DemoLocalHolidaySeeder(CalendarService calendar) {
		this.calendar = calendar;
	}

	@Override
	public void run(ApplicationArguments args) {
		SystemContext.run("demo-calendar", () -> {
			add(new LocalHolidayCommand("641101", LocalDate.of(2026, 3, 20), "开斋节"));
			add(new LocalHolidayCommand("641101", LocalDate.of(2026, 5, 27), "古尔邦节"));
		});
	}

	private void add(LocalHolidayCommand command) {
		try {
			calendar.addLocal(command);
			log.info("Demo local holiday loaded: {} {}", command.day(), command.name());
		}
		catch (ConflictException ex) {
			// loaded by an earlier start
		}
	}

}
