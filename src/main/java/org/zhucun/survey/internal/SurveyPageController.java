package org.zhucun.survey.internal;

import java.util.List;
import java.util.function.Supplier;


import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.zhucun.common.ui.Breadcrumb;
import org.zhucun.common.ui.QrCode;
import org.zhucun.common.web.ConflictException;
import org.zhucun.common.web.InvalidInputException;

/**
 * SAT-1, BUR-3 on pages: the township's surveys of a year with their status, setting up the year,
 * one survey with its groups, codes, slips, paper tally and closing; the county reads.
 */
@Controller
class SurveyPageController {

	private final SurveyService service;

	private final MessageSource messages;

	private final String publicBaseUrl;

	SurveyPageController(SurveyService service, MessageSource messages,
			@Value("${zhucun.public-base-url:}") String publicBaseUrl) {
		this.service = service;
		this.messages = messages;
		this.publicBaseUrl = publicBaseUrl;
	}

	@GetMapping("/surveys")
	@PreAuthorize("hasAuthority('SURVEY_READ')")
	String list(@RequestParam(required = false) Integer year, Model model) {
		int shown = year == null ? service.today().getYear() : year;
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("survey.title", null)));
		model.addAttribute("year", shown);
		model.addAttribute("rows", service.list(shown));
		return "survey/list";
	}

	@PostMapping("/surveys/setup")
	@PreAuthorize("hasAuthority('SURVEY_WRITE')")
	String setUp(@RequestParam(required = false) Integer year, RedirectAttributes redirect) {
		int shown = year == null ? service.today().getYear() : year;
		try {
			int created = service.setUpYear(shown);
			redirect.addFlashAttribute("flash", text("survey.setup.done", String.valueOf(created)));
		}
		catch (InvalidInputException | ConflictException ex) {
			redirect.addFlashAttribute("problem", text(ex.messageKey(), ex.args()));
		}
		return "redirect:/surveys?year=" + shown;
	}

	@GetMapping("/surveys/{id}")
	@PreAuthorize("hasAuthority('SURVEY_READ')")
	String detail(@PathVariable long id, Model model) {
		SurveyService.Detail detail = service.detail(id);
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("survey.title", "/surveys?year=" + detail.survey().getYear())));
		model.addAttribute("d", detail);
		model.addAttribute("s", detail.survey());
		model.addAttribute("r", detail.result());
		model.addAttribute("maxCodes", SurveyService.MAX_CODES_AT_ONCE);
		return "survey/detail";
	}

	@PostMapping("/surveys/{id}/codes")
	@PreAuthorize("hasAuthority('SURVEY_WRITE')")
	String generate(@PathVariable long id, @RequestParam(required = false) RaterGroup group,
			@RequestParam(required = false) Integer count, RedirectAttributes redirect) {
		return step(id, redirect, () -> text("survey.generate.done",
				String.valueOf(service.generateCodes(id, group, count).size())));
	}

	@GetMapping("/surveys/{id}/slips")
	@PreAuthorize("hasAuthority('SURVEY_WRITE')")
	String slips(@PathVariable long id, Model model) {
		SurveyService.Detail detail = service.detail(id);
		String base = (publicBaseUrl.isBlank() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
				: publicBaseUrl.replaceAll("/+$", "")) + "/public/survey";
		List<PrintedSlip> slips = service.unusedSlips(id)
			.stream()
			.map(s -> new PrintedSlip(SurveyCodes.display(s.code()), s.group(),
					QrCode.dataUri(base + "?code=" + s.code(), 120)))
			.toList();
		model.addAttribute("s", detail.survey());
		model.addAttribute("slips", slips);
		model.addAttribute("voteUrl", base);
		return "survey/slips";
	}

	record PrintedSlip(String code, RaterGroup group, String qr) {
	}

	@PostMapping("/surveys/{id}/tally")
	@PreAuthorize("hasAuthority('SURVEY_WRITE')")
	String tally(@PathVariable long id, @RequestParam(required = false) RaterGroup group,
			@RequestParam(required = false) Integer satisfied, @RequestParam(required = false) Integer fairlySatisfied,
			@RequestParam(required = false) Integer dissatisfied, RedirectAttributes redirect) {
		return step(id, redirect, () -> {
			service.enterTally(id, group, satisfied, fairlySatisfied, dissatisfied);
			return text("survey.tally.saved");
		});
	}

	@PostMapping("/surveys/{id}/close")
	@PreAuthorize("hasAuthority('SURVEY_WRITE')")
	String close(@PathVariable long id, RedirectAttributes redirect) {
		return step(id, redirect, () -> {
			service.close(id);
			return text("survey.closed");
		});
	}

	private String step(long id, RedirectAttributes redirect, Supplier<String> work) {
		try {
			redirect.addFlashAttribute("flash", work.get());
		}
		catch (InvalidInputException | ConflictException ex) {
			redirect.addFlashAttribute("problem", text(ex.messageKey(), ex.args()));
		}
		return "redirect:/surveys/" + id;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
