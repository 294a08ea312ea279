package org.zhucun.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.calendar.schedule.CalendarProperties;
import org.zhucun.calendar.schedule.CalendarService;
import org.zhucun.calendar.schedule.LocalHolidayCommand;
import org.zhucun.calendar.schedule.SpecialDayCommand;
import org.zhucun.calendar.schedule.SpecialDayKind;
import org.zhucun.calendar.web.CalendarViews.ReasonCommand;
import org.zhucun.common.ui.Breadcrumb;
import org.zhucun.common.web.ConflictException;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.organisation.PlaceSummary;

/**
 * The calendar's pages (ATT-1): the years known, a year's month grid with its holidays and make-up
 * days (the system administrator edits them there), and the counties' local holidays. A refused
 * edit comes back on the same page as a message beside its form.
 */
@Controller
class CalendarPageController {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final CalendarService service;

	private final CalendarReader reader;

	private final MessageSource messages;

	private final Clock clock;

	private final CalendarProperties properties;

	CalendarPageController(CalendarService service, CalendarReader reader, MessageSource messages, Clock clock,
			CalendarProperties properties) {
		this.service = service;
		this.reader = reader;
		this.messages = messages;
		this.clock = clock;
		this.properties = properties;
	}

	@GetMapping("/calendar")
	@PreAuthorize("hasAuthority('CALENDAR_READ')")
	String years(Model model) {
		int thisYear = LocalDate.now(clock.withZone(CHINA)).getYear();
		model.addAttribute("years", service.knownYears());
		model.addAttribute("thisYear", thisYear);
		model.addAttribute("thisYearKnown", service.knownYear(thisYear).isPresent());
		model.addAttribute("nextYear", thisYear + 1);
		model.addAttribute("nextYearKnown", service.knownYear(thisYear + 1).isPresent());
		model.addAttribute("warnFrom", properties.nextYearWarningFrom());
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("menu.calendar", null)));
		return "calendar/years";
	}

	@GetMapping("/calendar/{year}")
	@PreAuthorize("hasAuthority('CALENDAR_READ')")
	String year(@PathVariable int year, @RequestParam(required = false) String node, Model model) {
		var view = reader.year(year);
		Optional<PlaceSummary> county = reader.countyShown(node);
		Map<LocalDate, String> local = reader.localHolidays(county, year);
		model.addAttribute("calendar", view);
		model.addAttribute("months", reader.grid(year, local));
		model.addAttribute("county", county.orElse(null));
		model.addAttribute("node", node == null || node.isBlank() ? null : service.visibleNode(node.strip()));
		model.addAttribute("local", local);
		model.addAttribute("kinds", SpecialDayKind.values());
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("menu.calendar", "/calendar"),
				Breadcrumb.name(String.valueOf(year), null)));
		return "calendar/year";
	}

	@PostMapping("/calendar/{year}/days")
	@PreAuthorize("hasAuthority('CALENDAR_WRITE')")
	String add(@PathVariable int year, @Valid @ModelAttribute SpecialDayCommand command, BindingResult result,
			RedirectAttributes redirect, Model model, HttpServletResponse response) {
		return act(result, redirect, "/calendar/" + year, () -> text("calendar.day.added", service.add(command).getDay()),
				refused(model, response, () -> year(year, null, model)));
	}

	@PostMapping("/calendar/days/{id}")
	@PreAuthorize("hasAuthority('CALENDAR_WRITE')")
	String update(@PathVariable long id, @Valid @ModelAttribute SpecialDayCommand command, BindingResult result,
			RedirectAttributes redirect, Model model, HttpServletResponse response) {
		int year = service.specialDay(id).getDay().getYear();
		return act(result, redirect, "/calendar/" + year, () -> text("calendar.day.updated", service.update(id, command).getDay()),
				refused(model, response, () -> year(year, null, model)));
	}

	@PostMapping("/calendar/days/{id}/remove")
	@PreAuthorize("hasAuthority('CALENDAR_WRITE')")
	String remove(@PathVariable long id, @Valid @ModelAttribute ReasonCommand command, BindingResult result,
			RedirectAttributes redirect, Model model, HttpServletResponse response) {
		var day = service.specialDay(id);
		int year = day.getDay().getYear();
		return act(result, redirect, "/calendar/" + year, () -> {
			service.remove(id, command.reason());
			return text("calendar.day.removed", day.getDay());
		}, refused(model, response, () -> year(year, null, model)));
	}

	@PostMapping("/calendar/{year}/reseed")
	@PreAuthorize("hasAuthority('CALENDAR_WRITE')")
	String reseed(@PathVariable int year, @Valid @ModelAttribute ReasonCommand command, BindingResult result,
			RedirectAttributes redirect, Model model, HttpServletResponse response) {
		return act(result, redirect, "/calendar/" + year,
				() -> text("calendar.reseeded", year, service.reseed(year, command.reason())),
				refused(model, response, () -> year(year, null, model)));
	}

	@GetMapping("/calendar/local")
	@PreAuthorize("hasAuthority('CALENDAR_READ')")
	String local(@RequestParam(required = false) Integer year, Model model) {
		int shown = year != null ? year : LocalDate.now(clock.withZone(CHINA)).getYear();
		model.addAttribute("year", shown);
		model.addAttribute("holidays", reader.managedLocalHolidays(shown));
		model.addAttribute("counties", service.managedCounties());
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("menu.calendar", "/calendar"),
				Breadcrumb.key("calendar.local.title", null)));
		return "calendar/local";
	}

	@PostMapping("/calendar/local")
	@PreAuthorize("hasAuthority('LOCAL_HOLIDAY_WRITE')")
	String addLocal(@Valid @ModelAttribute LocalHolidayCommand command, BindingResult result,
			RedirectAttributes redirect, Model model, HttpServletResponse response) {
		Integer year = command.day() != null ? command.day().getYear() : null;
		String back = "/calendar/local" + (year != null ? "?year=" + year : "");
		return act(result, redirect, back, () -> text("calendar.local.added", service.addLocal(command).getName()),
				refused(model, response, () -> local(year, model)));
	}

	@PostMapping("/calendar/local/{id}/remove")
	@PreAuthorize("hasAuthority('LOCAL_HOLIDAY_WRITE')")
	String removeLocal(@PathVariable long id, RedirectAttributes redirect) {
		var holiday = service.visibleLocal(id);
		service.removeLocal(id);
		redirect.addFlashAttribute("flash", text("calendar.local.removed", holiday.getName()));
		return "redirect:/calendar/local?year=" + holiday.getDay().getYear();
	}

	/**
	 * Runs an edit and goes back to the page with a message; a form error or a refusal shows the
	 * same page again with status 400 (409 for a conflict) and the message beside the forms. Each
	 * edit is one transaction of the service: nothing is half done.
	 */
	private String act(BindingResult result, RedirectAttributes redirect, String back, Supplier<String> edit,
			Function<Refusal, String> refused) {
		if (result.hasErrors()) {
			var e = result.getFieldErrors().isEmpty() ? null : result.getFieldErrors().get(0);
			return refused.apply(new Refusal(HttpServletResponse.SC_BAD_REQUEST, e == null ? text("error.validation")
					: text("form.field." + e.getField()) + "：" + messages.getMessage(e, LocaleContextHolder.getLocale())));
		}
		try {
			redirect.addFlashAttribute("flash", edit.get());
			return "redirect:" + back;
		}
		catch (InvalidInputException | ConflictException ex) {
			return refused.apply(new Refusal(ex.status().value(), text(ex.messageKey(), ex.args())));
		}
	}

	/** A refused edit: the status to answer and the message to show. */
	private record Refusal(int status, String message) {
	}

	/** Shows the page again with the refusal's message and status. */
	private static Function<Refusal, String> refused(Model model, HttpServletResponse response, Supplier<String> page) {
		return refusal -> {
			response.setStatus(refusal.status());
			model.addAttribute("formError", refusal.message());
			return page.get();
		};
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
