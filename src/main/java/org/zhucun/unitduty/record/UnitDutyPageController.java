package org.zhucun.unitduty.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

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
import org.zhucun.common.excel.XlsxTemplates;
import org.zhucun.common.ui.Breadcrumb;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.unitduty.LeaderRole;
import org.zhucun.unitduty.record.DutyCommands.FundCommand;
import org.zhucun.unitduty.record.DutyCommands.MeetingCommand;
import org.zhucun.unitduty.record.DutyCommands.SubsidyCommand;
import org.zhucun.unitduty.record.DutyCommands.VisitCommand;

/** The unit's duties on pages (MTG-1..3, SUB-2): the teams with their checks, and one team's records with forms. */
@Controller
class UnitDutyPageController {

	private final UnitDutyService duties;

	private final UnitDutyWorkbook workbook;

	private final MessageSource messages;

	UnitDutyPageController(UnitDutyService duties, UnitDutyWorkbook workbook, MessageSource messages) {
		this.duties = duties;
		this.workbook = workbook;
		this.messages = messages;
	}

	@GetMapping("/unit-duties")
	@PreAuthorize("hasAuthority('UNIT_DUTY_READ')")
	String teams(Model model) {
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("unitduty.title", null)));
		model.addAttribute("statuses", duties.statuses());
		model.addAttribute("year", duties.today().getYear());
		return "unitduty/teams";
	}

	@GetMapping("/unit-duties/team")
	@PreAuthorize("hasAuthority('UNIT_DUTY_READ')")
	String team(@RequestParam String unit, @RequestParam String village, @RequestParam(required = false) Integer year,
			Model model) {
		int shown = year == null ? duties.today().getYear() : year;
		var detail = duties.detail(unit, village, shown);
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("unitduty.title", "/unit-duties"),
				Breadcrumb.name(detail.team().unit().name() + " · " + detail.team().village().name(), null)));
		model.addAttribute("d", detail);
		model.addAttribute("year", shown);
		model.addAttribute("roles", LeaderRole.values());
		model.addAttribute("directions", FundEntry.Direction.values());
		model.addAttribute("kinds", Subsidy.Kind.values());
		return "unitduty/team";
	}

	@GetMapping("/unit-duties/team.xlsx")
	@PreAuthorize("hasAuthority('UNIT_DUTY_READ')")
	ResponseEntity<byte[]> export(@RequestParam String unit, @RequestParam String village,
			@RequestParam(required = false) Integer year) {
		int shown = year == null ? duties.today().getYear() : year;
		return XlsxTemplates.attachment("unit-duties-" + unit + "-" + village + "-" + shown + ".xlsx",
				workbook.export(duties.detail(unit, village, shown), LocaleContextHolder.getLocale()));
	}

	@PostMapping("/unit-duties/meetings")
	@PreAuthorize("hasAuthority('UNIT_DUTY_WRITE')")
	String meeting(@RequestParam String unit, @RequestParam String village,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
			@RequestParam(required = false) String minutes, RedirectAttributes redirect) {
		return save(unit, village, redirect, () -> duties.addMeeting(new MeetingCommand(unit, village, heldOn, minutes)));
	}

	@PostMapping("/unit-duties/visits")
	@PreAuthorize("hasAuthority('UNIT_DUTY_WRITE')")
	String visit(@RequestParam String unit, @RequestParam String village,
			@RequestParam(required = false) String leaderName, @RequestParam(required = false) LeaderRole role,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitedOn,
			@RequestParam(required = false) String solved, RedirectAttributes redirect) {
		return save(unit, village, redirect,
				() -> duties.addVisit(new VisitCommand(unit, village, leaderName, role, visitedOn, solved)));
	}

	@PostMapping("/unit-duties/funds")
	@PreAuthorize("hasAuthority('UNIT_DUTY_WRITE')")
	String fund(@RequestParam String unit, @RequestParam String village,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate entryDate,
			@RequestParam(required = false) FundEntry.Direction direction,
			@RequestParam(required = false) BigDecimal amount, @RequestParam(required = false) String purpose,
			RedirectAttributes redirect) {
		return save(unit, village, redirect,
				() -> duties.addFund(new FundCommand(unit, village, entryDate, direction, amount, purpose)));
	}

	@PostMapping("/unit-duties/subsidies")
	@PreAuthorize("hasAuthority('UNIT_DUTY_WRITE')")
	String subsidy(@RequestParam String unit, @RequestParam String village, @RequestParam(required = false) Long personId,
			@RequestParam(required = false) String period, @RequestParam(required = false) Subsidy.Kind kind,
			@RequestParam(required = false) BigDecimal amount,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn,
			RedirectAttributes redirect) {
		return save(unit, village, redirect,
				() -> duties.addSubsidy(new SubsidyCommand(unit, village, personId, period, kind, amount, paidOn)));
	}

	/** Runs the step; a refused input comes back as the page's problem, anything unknown as 404. */
	private String save(String unit, String village, RedirectAttributes redirect, Supplier<?> step) {
		try {
			step.get();
			redirect.addFlashAttribute("flash", text("unitduty.saved"));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", text(ex.messageKey(), ex.args()));
		}
		return "redirect:" + UriComponentsBuilder.fromPath("/unit-duties/team")
			.queryParam("unit", unit)
			.queryParam("village", village)
			.build()
			.encode()
			.toUriString();
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
