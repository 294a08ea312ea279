package org.zhucun.attendance.checkin;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.common.ui.Breadcrumb;
import org.zhucun.common.web.DomainException;
import org.zhucun.common.web.InvalidInputException;

/**
 * The phone check-in page of a cadre (ATT-8) and the county's switch (BUR-2). The check-in button
 * is driven by static/js/checkin.js, which posts the browser's location here with the CSRF token
 * and an idempotency key kept across retries, and gets a short JSON answer with the message.
 */
@Controller
class CheckinPageController {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final CheckinService service;

	private final MessageSource messages;

	CheckinPageController(CheckinService service, MessageSource messages) {
		this.service = service;
		this.messages = messages;
	}

	@GetMapping("/attendance/checkin")
	@PreAuthorize("hasAuthority('CHECKIN_SUBMIT')")
	String page(Model model) {
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("attendance.checkin.title", null)));
		OwnCheckins own = service.own();
		model.addAttribute("own", own);
		model.addAttribute("lines", own.recent().stream().map(CheckinPageController::line).toList());
		model.addAttribute("todayAt", own.today() == null ? null : TIME.format(own.today().getServerTime().atZone(CHINA)));
		return "attendance/checkin";
	}

	@PostMapping("/attendance/checkin")
	@PreAuthorize("hasAuthority('CHECKIN_SUBMIT')")
	@ResponseBody
	ResponseEntity<Reply> submit(@RequestHeader(name = CheckinApiController.IDEMPOTENCY_KEY, required = false) String key,
			@RequestParam(required = false) BigDecimal latitude, @RequestParam(required = false) BigDecimal longitude,
			@RequestParam(required = false) BigDecimal accuracyMetres, @RequestParam(required = false) String deviceTime) {
		try {
			CheckinResult result = service.submit(key,
					new CheckinCommand(latitude, longitude, accuracyMetres, instant(deviceTime))).requireAccepted();
			Checkin c = result.checkin();
			return ResponseEntity.status(result.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
				.body(new Reply(true, text("attendance.checkin.accepted", result.villageName(),
						TIME.format(c.getServerTime().atZone(CHINA)), c.getDistanceMetres())));
		}
		catch (DomainException ex) {
			return ResponseEntity.status(ex.status()).body(new Reply(false, text(ex.messageKey(), ex.args())));
		}
	}

	@GetMapping("/attendance/checkin/counties")
	@PreAuthorize("hasAuthority('CHECKIN_CONFIGURE')")
	String counties(Model model) {
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("attendance.checkin.counties.title", null)));
		model.addAttribute("counties", service.counties().stream()
			.map(c -> new CountyLine(c.code(), c.name(), c.enabled(), c.changedBy(),
					c.changedAt() == null ? null : TIME.format(c.changedAt().atZone(CHINA))))
			.toList());
		return "attendance/checkin-counties";
	}

	@PostMapping("/attendance/checkin/counties")
	@PreAuthorize("hasAuthority('CHECKIN_CONFIGURE')")
	String switchCounty(@RequestParam String county, @RequestParam(defaultValue = "false") boolean enabled,
			RedirectAttributes redirect) {
		CountySwitch result = service.switchCounty(county, enabled);
		redirect.addFlashAttribute("flash", text(result.enabled() ? "attendance.checkin.counties.switchedOn"
				: "attendance.checkin.counties.switchedOff", result.name()));
		return "redirect:/attendance/checkin/counties";
	}

	/** The answer to the page's check-in request: accepted or not, and the message to show. */
	record Reply(boolean accepted, String message) {
	}

	/** One of the cadre's check-ins as the page lists it. */
	record Line(String at, boolean accepted, Integer distanceMetres, int radiusMetres, boolean purged) {
	}

	/** A county and its switch as the page lists it. */
	record CountyLine(String code, String name, boolean enabled, String changedBy, String changedAt) {
	}

	private static Line line(Checkin c) {
		return new Line(TIME.format(c.getServerTime().atZone(CHINA)), c.isAccepted(), c.getDistanceMetres(),
				c.getRadiusMetres(), c.isLocationPurged());
	}

	private static Instant instant(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Instant.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("deviceTime", "attendance.checkin.error.noDeviceTime");
		}
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
