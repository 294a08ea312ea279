package org.zhucun.attendance.register;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.common.ui.Breadcrumb;
import org.zhucun.common.web.DomainException;

/** The cadre's own arrival and departure registrations on the phone (ATT-2): the form and the list. */
@Controller
class PresencePageController {

	private final AttendanceRegisterService service;

	private final MessageSource messages;

	private final Clock clock;

	PresencePageController(AttendanceRegisterService service, MessageSource messages, Clock clock) {
		this.service = service;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/attendance/presence")
	@PreAuthorize("hasAuthority('PRESENCE_REGISTER')")
	String presence(Model model) {
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("attendance.presence.mine", null)));
		model.addAttribute("registrations", service.ownRegistrations());
		model.addAttribute("kinds", PresenceKind.values());
		model.addAttribute("today", LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))));
		return "attendance/presence";
	}

	@PostMapping("/attendance/presence")
	@PreAuthorize("hasAuthority('PRESENCE_REGISTER')")
	String register(@RequestParam(required = false) PresenceKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		try {
			service.registerOwnPresence(new PresenceCommand(null, kind, day, note));
			redirect.addFlashAttribute("flash", text("attendance.presence.saved"));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", text(ex.messageKey(), ex.args()));
		}
		return "redirect:/attendance/presence";
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
