package org.zhucun.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhucun.calendar.schedule.LibrarySchedules;
import org.zhucun.calendar.schedule.ScheduledDay;
import org.zhucun.calendar.schedule.SpecialDayKind;
import org.zhucun.calendar.schedule.YearSchedule;

/**
 * ATT-1: the rule of the national schedule, built from the library's data and checked by hand
 * against the State Council's notice on the holidays of 2026 (国办发明电〔2025〕7号).
 */
class YearScheduleTests {

	private static final YearSchedule Y2026 = YearSchedule.of(2026, true, new LibrarySchedules().schedule(2026));

	private static int count(YearSchedule schedule, YearMonth month) {
		int n = 0;
		for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
			n += schedule.isWorkingDay(d) ? 1 : 0;
		}
		return n;
	}

	@Test
	@DisplayName("ATT-1: the library's 2026 schedule has the notice's 39 days, 6 of them make-up working days")
	void librarySchedule2026() {
		List<ScheduledDay> days = new LibrarySchedules().schedule(2026);
		assertThat(days).hasSize(39);
		// 1/4 Sun (元旦), 2/14 Sat and 2/28 Sat (春节), 5/9 Sat (劳动节), 9/20 Sun and 10/10 Sat (国庆节)
		assertThat(days.stream().filter(d -> d.kind() == SpecialDayKind.MAKEUP_WORKDAY).map(ScheduledDay::day))
			.containsExactly(LocalDate.of(2026, 1, 4), LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28),
					LocalDate.of(2026, 5, 9), LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10));
	}

	@Test
	@DisplayName("ATT-1: October 2026 has 18 working days (国庆 10/1–10/7 off, 10/10 Sat worked)")
	void october2026() {
		// 1 October 2026 is a Thursday: 22 weekdays (Thu and Fri five times, Mon–Wed four times);
		// off on weekdays 10/1 Thu, 10/2 Fri, 10/5 Mon, 10/6 Tue, 10/7 Wed: 22 − 5 = 17;
		// worked on Saturday 10/10: 17 + 1 = 18. (Sunday 9/20, also worked for 国庆, lies in September.)
		assertThat(count(Y2026, YearMonth.of(2026, 10))).isEqualTo(18);
		assertThat(Y2026.isWorkingDay(LocalDate.of(2026, 9, 20))).isTrue();
		assertThat(Y2026.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
		assertThat(Y2026.isWorkingDay(LocalDate.of(2026, 10, 7))).isFalse();
		assertThat(Y2026.isWorkingDay(LocalDate.of(2026, 10, 8))).isTrue();
	}

	@Test
	@DisplayName("ATT-1: February 2026 has 16 working days (春节 2/15–2/23 off, 2/14 and 2/28 Sat worked)")
	void february2026() {
		// 1 February 2026 is a Sunday: 28 days, exactly 4 weeks, 20 weekdays; off on weekdays
		// 2/16–2/20 (Mon–Fri) and 2/23 Mon: 20 − 6 = 14; worked on Saturdays 2/14 and 2/28: 14 + 2 = 16.
		assertThat(count(Y2026, YearMonth.of(2026, 2))).isEqualTo(16);
	}

	@Test
	@DisplayName("ATT-1: all of 2026 has 248 working days")
	void year2026() {
		// 2026 begins on a Thursday and has 365 days = 52 weeks + 1 Thursday: 261 weekdays.
		// Holidays falling on weekdays: 元旦 1/1, 1/2 (2); 春节 2/16–2/20, 2/23 (6); 清明 4/6 (1);
		// 劳动节 5/1, 5/4, 5/5 (3); 端午 6/19 (1); 中秋 9/25 (1); 国庆 10/1, 10/2, 10/5–10/7 (5): 19.
		// Make-up working days on weekends: 1/4, 2/14, 2/28, 5/9, 9/20, 10/10 (6).
		// 261 − 19 + 6 = 248.
		assertThat(Y2026.workingDays()).isEqualTo(248);
	}

	@Test
	@DisplayName("ATT-1: a year nobody published counts weekends only (2027: 261 weekdays)")
	void unknownYear() {
		assertThat(new LibrarySchedules().knows(2027)).isFalse();
		YearSchedule y2027 = YearSchedule.unknown(2027);
		assertThat(y2027.known()).isFalse();
		// 2027 begins on a Friday: 52 weeks + 1 Friday = 261 weekdays; 1 January 2027 is not off
		assertThat(y2027.workingDays()).isEqualTo(261);
		assertThat(y2027.isWorkingDay(LocalDate.of(2027, 1, 1))).isTrue();
		assertThat(y2027.isWorkingDay(LocalDate.of(2027, 1, 2))).isFalse();
	}

	@Test
	@DisplayName("ATT-1: a holiday on a weekend changes nothing; a make-up day makes a weekend a working day")
	void rule() {
		LocalDate saturday = LocalDate.of(2027, 1, 2);
		LocalDate monday = LocalDate.of(2027, 1, 4);
		YearSchedule y = YearSchedule.of(2027, true, List.of(new ScheduledDay(saturday, SpecialDayKind.MAKEUP_WORKDAY, "x"),
				new ScheduledDay(monday, SpecialDayKind.HOLIDAY, "y")));
		assertThat(y.isWorkingDay(saturday)).isTrue();
		assertThat(y.isWorkingDay(monday)).isFalse();
		assertThat(y.workingDays()).isEqualTo(261);
		assertThat(y.special(monday)).map(ScheduledDay::name).contains("y");
	}

}
