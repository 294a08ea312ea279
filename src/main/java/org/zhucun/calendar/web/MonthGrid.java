package org.zhucun.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.zhucun.calendar.schedule.ScheduledDay;
import org.zhucun.calendar.schedule.SpecialDayKind;
import org.zhucun.calendar.schedule.YearSchedule;

/**
 * One month of the calendar page: weeks from Monday to Sunday, each day marked as a working day,
 * a weekend, a statutory holiday, a make-up working day or a local holiday, with the festival's name.
 */
public record MonthGrid(int month, List<List<Cell>> weeks, int workingDays) {

	/** How a day is shown. */
	public enum Mark {
		WORKDAY, WEEKEND, HOLIDAY, MAKEUP, LOCAL
	}

	/** A day of the grid; {@code day} is null for the blanks before the 1st and after the last day. */
	public record Cell(LocalDate day, Mark mark, String name) {

		public boolean working() {
			return mark == Mark.WORKDAY || mark == Mark.MAKEUP;
		}

	}

	/** The twelve months of a year, with the local holidays (day → name) of the county shown. */
	public static List<MonthGrid> year(YearSchedule schedule, Map<LocalDate, String> local) {
		List<MonthGrid> months = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			months.add(month(schedule, YearMonth.of(schedule.year(), m), local));
		}
		return months;
	}

	static MonthGrid month(YearSchedule schedule, YearMonth month, Map<LocalDate, String> local) {
		List<List<Cell>> weeks = new ArrayList<>();
		Cell[] week = new Cell[7];
		int working = 0;
		for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
			Cell cell = cell(schedule, d, local);
			working += cell.working() ? 1 : 0;
			week[d.getDayOfWeek().getValue() - 1] = cell;
			if (d.getDayOfWeek() == DayOfWeek.SUNDAY) {
				weeks.add(Arrays.asList(week));
				week = new Cell[7];
			}
		}
		if (Arrays.stream(week).anyMatch(c -> c != null)) {
			weeks.add(Arrays.asList(week));
		}
		return new MonthGrid(month.getMonthValue(), weeks, working);
	}

	private static Cell cell(YearSchedule schedule, LocalDate d, Map<LocalDate, String> local) {
		var special = schedule.special(d);
		boolean nationalWorking = schedule.isWorkingDay(d);
		if (nationalWorking && local.containsKey(d)) {
			return new Cell(d, Mark.LOCAL, local.get(d));
		}
		if (special.isPresent()) {
			ScheduledDay s = special.get();
			return new Cell(d, s.kind() == SpecialDayKind.MAKEUP_WORKDAY ? Mark.MAKEUP : Mark.HOLIDAY, s.name());
		}
		return new Cell(d, nationalWorking ? Mark.WORKDAY : Mark.WEEKEND, null);
	}

}
