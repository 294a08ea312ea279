package org.zhucun.calendar.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhucun.calendar.schedule.CalendarService;
import org.zhucun.calendar.schedule.LocalHolidayCommand;
import org.zhucun.calendar.schedule.SpecialDayCommand;
import org.zhucun.calendar.web.CalendarViews.CountView;
import org.zhucun.calendar.web.CalendarViews.KnownYearView;
import org.zhucun.calendar.web.CalendarViews.LocalHolidayView;
import org.zhucun.calendar.web.CalendarViews.ReasonCommand;
import org.zhucun.calendar.web.CalendarViews.SpecialDayView;
import org.zhucun.calendar.web.CalendarViews.YearView;

/** The working-day calendar over the API (ATT-1): the same service and rules as the pages. */
@RestController
@Tag(name = "工作日历 Calendar")
class CalendarApiController {

	private final CalendarService service;

	private final CalendarReader reader;

	CalendarApiController(CalendarService service, CalendarReader reader) {
		this.service = service;
		this.reader = reader;
	}

	@GetMapping("/api/v1/calendar/years")
	@PreAuthorize("hasAuthority('CALENDAR_READ')")
	@Operation(summary = "已录入放假安排的年份 The years whose national schedule is in the calendar")
	List<KnownYearView> years() {
		return service.knownYears().stream().map(KnownYearView::of).toList();
	}

	@GetMapping("/api/v1/calendar/{year}")
	@PreAuthorize("hasAuthority('CALENDAR_READ')")
	@Operation(summary = "全年日历 A year: whether its schedule is known, its working days, holidays and make-up days")
	YearView year(@PathVariable int year) {
		return reader.year(year);
	}

	@GetMapping("/api/v1/calendar/working-days")
	@PreAuthorize("hasAuthority('CALENDAR_READ')")
	@Operation(summary = "计算工作日 Working days from one date to another (both included) for a place of the tree, "
			+ "with the county's local holidays and the years whose schedule is unknown")
	CountView count(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @RequestParam String node) {
		return reader.count(from, to, node);
	}

	@PostMapping("/api/v1/calendar/days")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('CALENDAR_WRITE')")
	@Operation(summary = "添加节假日或调休上班日 Add a statutory holiday or make-up working day (system administrator)")
	SpecialDayView add(@Valid @RequestBody SpecialDayCommand command) {
		return SpecialDayView.of(service.add(command));
	}

	@PutMapping("/api/v1/calendar/days/{id}")
	@PreAuthorize("hasAuthority('CALENDAR_WRITE')")
	@Operation(summary = "修改 Change a day's kind or name, with the version read (409 when stale)")
	SpecialDayView update(@PathVariable long id, @Valid @RequestBody SpecialDayCommand command) {
		return SpecialDayView.of(service.update(id, command));
	}

	@DeleteMapping("/api/v1/calendar/days/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('CALENDAR_WRITE')")
	@Operation(summary = "删除 Remove a day from the national schedule, with a reason")
	void remove(@PathVariable long id, @RequestParam String reason) {
		service.remove(id, reason);
	}

	@PostMapping("/api/v1/calendar/{year}/reseed")
	@PreAuthorize("hasAuthority('CALENDAR_WRITE')")
	@Operation(summary = "按内置日历库重新导入 Replace a year's schedule with the library's, with a reason")
	Map<String, Integer> reseed(@PathVariable int year, @Valid @RequestBody ReasonCommand command) {
		return Map.of("specialDays", service.reseed(year, command.reason()));
	}

	@GetMapping("/api/v1/calendar/local-holidays")
	@PreAuthorize("hasAuthority('CALENDAR_READ')")
	@Operation(summary = "地方节假日 The local holidays of a year of the counties in your scope")
	List<LocalHolidayView> localHolidays(@RequestParam int year) {
		return reader.managedLocalHolidays(year);
	}

	@PostMapping("/api/v1/calendar/local-holidays")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('LOCAL_HOLIDAY_WRITE')")
	@Operation(summary = "添加地方节假日 A county declares a local holiday (its own county only)")
	LocalHolidayView addLocal(@Valid @RequestBody LocalHolidayCommand command) {
		return reader.localView(service.addLocal(command));
	}

	@DeleteMapping("/api/v1/calendar/local-holidays/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('LOCAL_HOLIDAY_WRITE')")
	@Operation(summary = "删除地方节假日 Remove a local holiday of your county")
	void removeLocal(@PathVariable long id) {
		service.removeLocal(id);
	}

}
