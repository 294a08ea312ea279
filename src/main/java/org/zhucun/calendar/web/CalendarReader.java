package org.zhucun.calendar.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;
import org.zhucun.calendar.schedule.CachedWorkingDayCalendar;
import org.zhucun.calendar.schedule.CalendarService;
import org.zhucun.calendar.schedule.LocalHoliday;
import org.zhucun.calendar.schedule.ScheduleYear;
import org.zhucun.calendar.schedule.YearSchedule;
import org.zhucun.calendar.web.CalendarViews.CountView;
import org.zhucun.calendar.web.CalendarViews.LocalHolidayView;
import org.zhucun.calendar.web.CalendarViews.SpecialDayView;
import org.zhucun.calendar.web.CalendarViews.YearView;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.organisation.PlaceSummary;

/** The reads shared by the calendar's pages and API (ATT-1), all within the user's scope. */
@Component
class CalendarReader {

	/** The longest period one count may span (ten years). */
	static final int MAX_SPAN_DAYS = 3660;

	private final CalendarService service;

	private final CachedWorkingDayCalendar calendar;

	CalendarReader(CalendarService service, CachedWorkingDayCalendar calendar) {
		this.service = service;
		this.calendar = calendar;
	}

	YearView year(int year) {
		requireYear(year);
		YearSchedule schedule = calendar.schedule(year);
		return new YearView(year, schedule.known(), service.knownYear(year).map(ScheduleYear::getSource).orElse(null),
				service.libraryKnows(year), schedule.workingDays(),
				service.specialDays(year).stream().map(SpecialDayView::of).toList());
	}

	/** The county shown on a year's page: the one of the node asked for, else the user's own. */
	Optional<PlaceSummary> countyShown(String nodeCode) {
		if (nodeCode == null || nodeCode.isBlank()) {
			return service.homeCounty();
		}
		PlaceSummary node = service.visibleNode(nodeCode.strip());
		return calendar.countyOf(node.id()).flatMap(service::county);
	}

	Map<LocalDate, String> localHolidays(Optional<PlaceSummary> county, int year) {
		Map<LocalDate, String> local = new LinkedHashMap<>();
		county.ifPresent(c -> service.localHolidaysOfCounty(c.id(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.forEach(h -> local.put(h.getDay(), h.getName())));
		return local;
	}

	List<MonthGrid> grid(int year, Map<LocalDate, String> local) {
		return MonthGrid.year(calendar.schedule(year), local);
	}

	CountView count(LocalDate from, LocalDate to, String nodeCode) {
		if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > MAX_SPAN_DAYS) {
			throw new InvalidInputException("to", "calendar.error.range", MAX_SPAN_DAYS);
		}
		PlaceSummary node = service.visibleNode(nodeCode.strip());
		Optional<PlaceSummary> county = calendar.countyOf(node.id()).flatMap(service::county);
		List<LocalHolidayView> local = county
			.map(c -> service.localHolidaysOfCounty(c.id(), from, to).stream()
				.filter(h -> calendar.isWorkingDay(h.getDay()))
				.map(h -> LocalHolidayView.of(h, c)).toList())
			.orElse(List.of());
		List<Integer> unknown = IntStream.rangeClosed(from.getYear(), to.getYear())
			.filter(y -> !calendar.isScheduleKnown(y)).boxed().toList();
		return new CountView(from, to, node.code(), node.name(), county.map(PlaceSummary::name).orElse(null),
				calendar.workingDays(from, to, node.id()), calendar.workingDays(from, to), local, unknown);
	}

	List<LocalHolidayView> managedLocalHolidays(int year) {
		requireYear(year);
		Map<Long, PlaceSummary> counties = new HashMap<>();
		service.managedCounties().forEach(c -> counties.put(c.id(), c));
		return service.localHolidays(year).stream()
			.map(h -> LocalHolidayView.of(h, counties.get(h.getCountyNodeId())))
			.toList();
	}

	/** A year the calendar can hold (2000 to 2100). */
	static void requireYear(int year) {
		if (year < 2000 || year > 2100) {
			throw new InvalidInputException("year", "calendar.error.yearOutOfRange", 2000, 2100);
		}
	}

	LocalHolidayView localView(LocalHoliday h) {
		return LocalHolidayView.of(h, service.county(h.getCountyNodeId()).orElseThrow());
	}

}
