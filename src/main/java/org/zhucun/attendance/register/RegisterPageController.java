package org.zhucun.attendance.register;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhucun.attendance.DayStatus;
import org.zhucun.attendance.checkin.CheckinService;
import org.zhucun.common.excel.XlsxTemplates;
import org.zhucun.common.ui.Breadcrumb;
import org.zhucun.common.web.ConflictException;
import org.zhucun.common.web.InvalidInputException;

/**
 * The township's monthly register on a page (ATT-9): the grid, the clerk's entry of one day, the
 * arrival/departure registration for a person, the confirmation of the month, and the export.
 */
@Controller
class RegisterPageController {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final AttendanceRegisterService service;

	private final RegisterWorkbook workbook;

	private final MessageSource messages;

	private final CheckinService checkins;

	private final Clock clock;

	RegisterPageController(AttendanceRegisterService service, RegisterWorkbook workbook, MessageSource messages,
			CheckinService checkins, Clock clock) {
		this.service = service;
		this.workbook = workbook;
		this.messages = messages;
		this.checkins = checkins;
		this.clock = clock;
	}

	@GetMapping("/attendance/register")
	@PreAuthorize("hasAuthority('ATTENDANCE_READ')")
	String register(@RequestParam(required = false) String township, @RequestParam(required = false) String month,
			@RequestParam(required = false) Long person,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("attendance.title", null)));
		var townships = service.townships();
		model.addAttribute("townships", townships);
		String code = township != null && !township.isBlank() ? township
				: townships.isEmpty() ? null : townships.get(0).code();
		if (code == null) {
			return "attendance/register";
		}
		YearMonth ym = MonthParameter.parse(month, clock);
		Register register = service.register(code, ym);
		model.addAttribute("register", register);
		// ATT-8: a small mark on days with an accepted phone check-in; it never changes a day's status
		model.addAttribute("checkins", checkins.acceptedDays(register.rows().stream().map(RegisterRow::personId).toList(),
				ym.atDay(1), ym.atEndOfMonth()));
		model.addAttribute("previous", ym.minusMonths(1));
		model.addAttribute("next", ym.plusMonths(1));
		model.addAttribute("statuses", Arrays.stream(DayStatus.values()).filter(DayStatus::enteredByClerk).toList());
		model.addAttribute("kinds", PresenceKind.values());
		model.addAttribute("minimumDays", register.minimumDays());
		Map<Long, String> people = new HashMap<>();
		register.rows().forEach(r -> people.put(r.personId(), r.personName()));
		model.addAttribute("spotChecks", service.spotChecks(code, ym)
			.stream()
			.map(c -> new SpotCheckLine(c.getDay(), people.getOrDefault(c.getPersonId(), ""), c.isFoundPresent(),
					c.getCheckedBy(), c.getNote() == null ? "" : c.getNote()))
			.toList());
		if (register.confirmed()) {
			model.addAttribute("confirmedAt", TIME.format(register.confirmedAt().atZone(CHINA)));
			Map<Long, String> names = new HashMap<>();
			register.rows().forEach(r -> names.put(r.personId(), r.personName()));
			model.addAttribute("corrections", service.corrections(code, ym)
				.stream()
				.map(c -> new CorrectionLine(TIME.format(c.getCorrectedAt().atZone(CHINA)),
						names.getOrDefault(c.getPersonId(), ""), c.getDay(), c.getOldStatus(), c.getNewStatus(),
						c.getReason(), c.getCorrectedBy()))
				.toList());
		}
		else {
			model.addAttribute("corrections", List.of());
		}
		if (person != null && day != null) {
			register.rows()
				.stream()
				.filter(r -> r.personId() == person && r.cell(day) != null)
				.findFirst()
				.ifPresent(row -> {
					model.addAttribute("editRow", row);
					model.addAttribute("editDay", day);
				});
		}
		return "attendance/register";
	}

	@PostMapping("/attendance/register/days")
	@PreAuthorize("hasAuthority('ATTENDANCE_WRITE')")
	String enter(@RequestParam String township, @RequestParam long person,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) DayStatus status, @RequestParam(required = false) String note,
			@RequestParam(defaultValue = "false") boolean paper, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		try {
			service.enter(township, new DayEntryCommand(person, day, status, note, paper, reason));
			redirect.addFlashAttribute("flash", text("attendance.saved"));
			return back(township, YearMonth.from(day), null, null);
		}
		catch (InvalidInputException | ConflictException ex) {
			redirect.addFlashAttribute("problem", text(ex.messageKey(), ex.args()));
			return back(township, YearMonth.from(day), person, day);
		}
	}

	@PostMapping("/attendance/register/presence")
	@PreAuthorize("hasAuthority('ATTENDANCE_WRITE')")
	String presence(@RequestParam String township, @RequestParam long person, @RequestParam(required = false) PresenceKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) String note, @RequestParam(required = false) String month,
			RedirectAttributes redirect) {
		YearMonth ym = day != null ? YearMonth.from(day) : MonthParameter.parse(month, clock);
		try {
			service.enterPresenceFor(township, new PresenceCommand(person, kind, day, note));
			redirect.addFlashAttribute("flash", text("attendance.presence.saved"));
		}
		catch (InvalidInputException | ConflictException ex) {
			redirect.addFlashAttribute("problem", text(ex.messageKey(), ex.args()));
		}
		return back(township, ym, null, null);
	}

	@PostMapping("/attendance/register/spot-checks")
	@PreAuthorize("hasAuthority('ATTENDANCE_SPOT_CHECK')")
	String spotCheck(@RequestParam String township, @RequestParam long person,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) Boolean present, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		try {
			service.spotCheck(new SpotCheckCommand(person, day, present, note));
			redirect.addFlashAttribute("flash", text("attendance.spotCheck.saved"));
		}
		catch (InvalidInputException | ConflictException ex) {
			redirect.addFlashAttribute("problem", text(ex.messageKey(), ex.args()));
		}
		return back(township, YearMonth.from(day), null, null);
	}

	@PostMapping("/attendance/register/confirm")
	@PreAuthorize("hasAuthority('ATTENDANCE_WRITE')")
	String confirm(@RequestParam String township, @RequestParam String month, RedirectAttributes redirect) {
		YearMonth ym = MonthParameter.parse(month, clock);
		try {
			service.confirm(township, ym);
			redirect.addFlashAttribute("flash", text("attendance.confirmedFlash", ym.getYear(), ym.getMonthValue()));
		}
		catch (InvalidInputException | ConflictException ex) {
			redirect.addFlashAttribute("problem", text(ex.messageKey(), ex.args()));
		}
		return back(township, ym, null, null);
	}

	@GetMapping("/attendance/register.xlsx")
	@PreAuthorize("hasAuthority('ATTENDANCE_READ')")
	ResponseEntity<byte[]> export(@RequestParam String township, @RequestParam(required = false) String month) {
		Register register = service.register(township, MonthParameter.parse(month, clock));
		byte[] body = workbook.write(register, LocaleContextHolder.getLocale());
		return XlsxTemplates.attachment(text("attendance.sheet.fileName", register.township().name(), register.month().toString()), body);
	}

	/** One spot check as the page lists it. */
	record SpotCheckLine(LocalDate day, String personName, boolean present, String by, String note) {
	}

	/** One correction of a confirmed day as the page lists it. */
	record CorrectionLine(String at, String personName, LocalDate day, DayStatus oldStatus, DayStatus newStatus,
			String reason, String by) {
	}

	private static String back(String township, YearMonth month, Long person, LocalDate day) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/attendance/register")
			.queryParam("township", township)
			.queryParam("month", month.toString());
		if (person != null) {
			uri.queryParam("person", person).queryParam("day", day);
		}
		return "redirect:" + uri.build().encode().toUriString();
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
