package org.zhucun.calendar.web;

import java.time.LocalDate;
import java.util.List;

import org.zhucun.calendar.schedule.LocalHoliday;
import org.zhucun.calendar.schedule.ScheduleYear;
import org.zhucun.calendar.schedule.SpecialDay;
import org.zhucun.calendar.schedule.SpecialDayKind;

/** What the calendar's API returns (ATT-1). */
final class CalendarViews {

	private CalendarViews() {
	}

	/** A year of the calendar: whether its schedule is known, where it came from, its days. */
	record YearView(int year, boolean known, ScheduleYear.Source source, boolean libraryKnows, int workingDays,
			List<SpecialDayView> specialDays) {
	}

	/** A known year in the list of years. */
	record KnownYearView(int year, ScheduleYear.Source source, java.time.Instant recordedAt) {

		static KnownYearView of(ScheduleYear y) {
			return new KnownYearView(y.getYear(), y.getSource(), y.getRecordedAt());
		}

	}

	record SpecialDayView(long id, LocalDate day, SpecialDayKind kind, String name, String reason, long version) {

		static SpecialDayView of(SpecialDay d) {
			return new SpecialDayView(d.getId(), d.getDay(), d.getKind(), d.getName(), d.getReason(), d.getVersion());
		}

	}

	record LocalHolidayView(long id, String countyCode, String countyName, LocalDate day, String name) {

		static LocalHolidayView of(LocalHoliday h, org.zhucun.organisation.PlaceSummary county) {
			return new LocalHolidayView(h.getId(), county.code(), county.name(), h.getDay(), h.getName());
		}

	}

	/**
	 * A count of working days for a node, with its explanation: the national count, the county's
	 * local holidays inside the period that took days away, and the years whose schedule is unknown
	 * (counted by weekends only).
	 */
	record CountView(LocalDate from, LocalDate to, String nodeCode, String nodeName, String countyName,
			int workingDays, int nationalWorkingDays, List<LocalHolidayView> localHolidays, List<Integer> unknownYears) {
	}

	/** A reason, for removals and re-seeding. */
	record ReasonCommand(
			@jakarta.validation.constraints.NotBlank(message = "{validation.required}")
			@jakarta.validation.constraints.Size(max = 200, message = "{validation.tooLong}") String reason) {
	}

}
