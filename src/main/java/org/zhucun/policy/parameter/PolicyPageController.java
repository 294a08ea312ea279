package org.zhucun.policy.parameter;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhucun.common.ui.Breadcrumb;
import org.zhucun.common.web.ConflictException;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.policy.PolicyKey;

/** The policy numbers of a place on a page (POL-1): what is in force in a year, and the form to set one. */
@Controller
class PolicyPageController {

	private final PolicyService policy;

	private final MessageSource messages;

	private final Clock clock;

	PolicyPageController(PolicyService policy, MessageSource messages, Clock clock) {
		this.policy = policy;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/policy")
	@PreAuthorize("hasAuthority('POLICY_READ')")
	String parameters(@RequestParam(required = false) String place, @RequestParam(required = false) Integer year,
			Model model) {
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("policy.title", null)));
		var places = policy.places();
		model.addAttribute("places", places);
		String code = place != null && !place.isBlank() ? place : places.isEmpty() ? null : places.get(places.size() - 1).code();
		int thisYear = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).getYear();
		int shown = year == null ? thisYear : year;
		model.addAttribute("year", shown);
		model.addAttribute("thisYear", thisYear);
		model.addAttribute("keys", PolicyKey.values());
		if (code != null) {
			model.addAttribute("place", code);
			model.addAttribute("values", policy.inForce(code, shown));
			model.addAttribute("settings", policy.settingsOf(code));
		}
		return "policy/parameters";
	}

	@PostMapping("/policy")
	@PreAuthorize("hasAuthority('POLICY_WRITE')")
	String set(@RequestParam String place, @RequestParam(required = false) PolicyKey key,
			@RequestParam(required = false) Integer fromYear, @RequestParam(required = false) Integer value,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			policy.set(new PolicyCommand(place, key, fromYear, value, reason));
			redirect.addFlashAttribute("flash", text("policy.saved"));
		}
		catch (InvalidInputException | ConflictException ex) {
			redirect.addFlashAttribute("problem", text(ex.messageKey(), ex.args()));
		}
		return "redirect:" + UriComponentsBuilder.fromPath("/policy")
			.queryParam("place", place)
			.queryParam("year", fromYear)
			.build()
			.encode()
			.toUriString();
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
