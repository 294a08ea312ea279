package org.zhucun.calendar.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.tyme.holiday.LegalHoliday;
import org.springframework.stereotype.Component;

/**
 * The State Council's schedules as the tyme4j library knows them ({@link LegalHoliday}): read once
 * to seed or re-seed a year, never for look-ups (the library is slow).
 */
@Component
public class LibrarySchedules {

	/** The special days of the year, empty when the library does not know the year. */
	public List<ScheduledDay> schedule(int year) {
		List<ScheduledDay> days = new ArrayList<>();
		for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
			LegalHoliday h = LegalHoliday.fromYmd(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
			if (h != null) {
				days.add(new ScheduledDay(d, h.isWork() ? SpecialDayKind.MAKEUP_WORKDAY : SpecialDayKind.HOLIDAY, h.getName()));
			}
		}
		return days;
	}

	public boolean knows(int year) {
		return !schedule(year).isEmpty();
	}

}
