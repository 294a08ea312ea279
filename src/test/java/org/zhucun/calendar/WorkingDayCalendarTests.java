package org.zhucun.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhucun.IntegrationTest;
import org.zhucun.calendar.schedule.CalendarService;
import org.zhucun.calendar.schedule.LocalHolidayCommand;
import org.zhucun.calendar.schedule.SpecialDayCommand;
import org.zhucun.calendar.schedule.SpecialDayKind;
import org.zhucun.common.scope.SystemContext;
import org.zhucun.organisation.OrganisationDirectory;

/** ATT-1: the calendar as other modules ask it, over the seeded database. */
@IntegrationTest
class WorkingDayCalendarTests {

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	CalendarService service;

	@Autowired
	OrganisationDirectory organisation;

	private long node(String code) {
		return organisation.nodeIdByCode(code).orElseThrow();
	}

	@Test
	@DisplayName("ATT-1: 2025 and 2026 are seeded from the library on start, once; October 2026 has 18 working days")
	void seeded() {
		assertThat(calendar.isScheduleKnown(2025)).isTrue();
		assertThat(calendar.isScheduleKnown(2026)).isTrue();
		assertThat(service.specialDays(2026)).hasSize(39);
		assertThat(SystemContext.call("test", () -> service.seedIfMissing(2026))).isFalse();
		assertThat(service.specialDays(2026)).hasSize(39);
		// 22 weekdays − 5 holidays on weekdays + Saturday 10/10 (see YearScheduleTests)
		assertThat(calendar.workingDays(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31))).isEqualTo(18);
		// 20 weekdays − 6 (2/16–2/20, 2/23) + Saturdays 2/14 and 2/28
		assertThat(calendar.workingDays(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28))).isEqualTo(16);
		// 261 weekdays − 19 holidays on weekdays + 6 make-up days
		assertThat(calendar.workingDays(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).isEqualTo(248);
		// across the turn of the year: 31 Dec 2025 (Wed) worked, 1 and 2 Jan 2026 off, Sunday 4 Jan worked
		assertThat(calendar.workingDaysIn(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 4), node("641101001001")))
			.containsExactly(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 4));
		assertThat(calendar.workingDays(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1))).isZero();
	}

	@Test
	@DisplayName("ATT-1: an unknown year (2027) counts weekends only and says it is unknown")
	void unknownYear() {
		assertThat(calendar.isScheduleKnown(2027)).isFalse();
		// January 2027 begins on a Friday: Fridays five times, Monday to Thursday four times = 21
		assertThat(calendar.workingDays(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31))).isEqualTo(21);
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isTrue();
	}

	@Test
	@DisplayName("ATT-1: a local holiday of 沙湖县 removes a day for its villages, not for 黄河县 nor nationally")
	void localHoliday() {
		LocalDate day = LocalDate.of(2026, 6, 10); // a Wednesday
		long shizui = node("641101001001");
		long huanghe = node("641102001001");
		assertThat(calendar.isWorkingDay(day, shizui)).isTrue();
		var holiday = SystemContext.call("test", () -> service.addLocal(new LocalHolidayCommand("641101", day, "测试节")));
		try {
			assertThat(calendar.isWorkingDay(day, shizui)).isFalse();
			assertThat(calendar.isWorkingDay(day, node("641101"))).isFalse();
			assertThat(calendar.isWorkingDay(day, huanghe)).isTrue();
			assertThat(calendar.isWorkingDay(day)).isTrue();
			// June 2026: 22 weekdays, 端午 6/19 Fri off = 21; the local holiday takes one more in 沙湖县
			assertThat(calendar.workingDays(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), shizui)).isEqualTo(20);
			assertThat(calendar.workingDays(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), huanghe)).isEqualTo(21);
			assertThat(calendar.workingDaysIn(LocalDate.of(2026, 6, 8), LocalDate.of(2026, 6, 12), shizui))
				.doesNotContain(day).hasSize(4);
		}
		finally {
			SystemContext.run("test", () -> service.removeLocal(holiday.getId()));
		}
		assertThat(calendar.isWorkingDay(day, shizui)).isTrue();
	}

	@Test
	@DisplayName("ATT-1: an administrator's edit changes the count at once (the cache is dropped)")
	void editChangesCount() {
		LocalDate monday = LocalDate.of(2026, 11, 16);
		LocalDate from = LocalDate.of(2026, 11, 1);
		LocalDate to = LocalDate.of(2026, 11, 30);
		// November 2026 begins on a Sunday: 21 weekdays, no holiday
		assertThat(calendar.workingDays(from, to)).isEqualTo(21);
		var day = SystemContext.call("test",
				() -> service.add(new SpecialDayCommand(monday, SpecialDayKind.HOLIDAY, "测试假日", "测试", null)));
		try {
			assertThat(calendar.workingDays(from, to)).isEqualTo(20);
			assertThat(calendar.isWorkingDay(monday)).isFalse();
		}
		finally {
			SystemContext.run("test", () -> service.remove(day.getId(), "测试结束"));
		}
		assertThat(calendar.workingDays(from, to)).isEqualTo(21);
	}

}
