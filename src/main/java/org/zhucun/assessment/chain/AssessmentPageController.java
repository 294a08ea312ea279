package org.zhucun.assessment.chain;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.assessment.Grade;
import org.zhucun.assessment.rules.AssessmentKind;
import org.zhucun.assessment.rules.Step;
import org.zhucun.common.excel.XlsxTemplates;
import org.zhucun.common.ui.Breadcrumb;
import org.zhucun.common.web.ConflictException;
import org.zhucun.common.web.InvalidInputException;

/**
 * The assessment pages (ASM-1..7, USE-1..3, SUB-1): the quarter and annual boards, one assessment with
 * its chain, the form of the step the user may sign, the return with a reason and the history; the
 * county's review, the lists of the results' use, the meal subsidy statements.
 */
@Controller
class AssessmentPageController {

	private final AssessmentService service;

	private final ResultLists results;

	private final SubsidyWorkbook workbook;

	private final MessageSource messages;

	AssessmentPageController(AssessmentService service, ResultLists results, SubsidyWorkbook workbook,
			MessageSource messages) {
		this.service = service;
		this.results = results;
		this.workbook = workbook;
		this.messages = messages;
	}

	@GetMapping("/assessment")
	@PreAuthorize("hasAuthority('ASSESSMENT_READ')")
	String board(@RequestParam(required = false) AssessmentKind kind, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer quarter, Model model) {
		AssessmentKind shownKind = kind == null ? AssessmentKind.QUARTERLY : kind;
		int shownYear = year == null ? service.today().getYear() : year;
		int shownQuarter = quarter == null ? service.currentQuarter() : quarter;
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("assessment.title", null)));
		model.addAttribute("kind", shownKind);
		model.addAttribute("year", shownYear);
		model.addAttribute("quarter", shownQuarter);
		var rows = service.board(shownKind, shownYear, shownQuarter);
		model.addAttribute("rows", rows);
		model.addAttribute("townships", service.townshipsOf(rows));
		model.addAttribute("annual", shownKind == AssessmentKind.ANNUAL ? service.annualBoard(rows, shownYear) : null);
		model.addAttribute("steps", shownKind.steps());
		return "assessment/board";
	}

	@PostMapping("/assessment")
	@PreAuthorize("hasAnyAuthority('ASSESSMENT_TOWNSHIP', 'ASSESSMENT_SUMMARY')")
	String start(@RequestParam long personId, @RequestParam(required = false) AssessmentKind kind,
			@RequestParam int year, @RequestParam(defaultValue = "0") int quarter, RedirectAttributes redirect) {
		try {
			Assessment a = service.start(personId, kind, year, quarter);
			return "redirect:/assessment/" + a.getId();
		}
		catch (InvalidInputException | ConflictException ex) {
			redirect.addFlashAttribute("problem", text(ex.messageKey(), ex.args()));
			return "redirect:/assessment";
		}
	}

	@GetMapping("/assessment/{id}")
	@PreAuthorize("hasAuthority('ASSESSMENT_READ')")
	String detail(@PathVariable long id, Model model) {
		Assessment a = service.view(id);
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("assessment.title", "/assessment"),
				Breadcrumb.name(a.getPersonName(), null)));
		model.addAttribute("a", a);
		model.addAttribute("actable", service.actable(a));
		model.addAttribute("returnTargets", service.returnTargets(a));
		model.addAttribute("grades", Grade.values());
		model.addAttribute("prefill", a.signed(Step.SUMMARY).isEmpty() ? service.prefill(a) : "");
		model.addAttribute("proposal", results.proposal(a));
		return "assessment/detail";
	}

	@PostMapping("/assessment/{id}/sign")
	@PreAuthorize("hasAnyAuthority('ASSESSMENT_SUMMARY', 'ASSESSMENT_VILLAGE', 'ASSESSMENT_TOWNSHIP', 'ASSESSMENT_UNIT', 'ASSESSMENT_COUNTY_ORG', 'ASSESSMENT_COUNTY_POVERTY')")
	String sign(@PathVariable long id, @RequestParam(required = false) Step step,
			@RequestParam(required = false) Long version, @RequestParam(required = false) String opinion,
			@RequestParam(required = false) Grade grade, RedirectAttributes redirect) {
		return act(id, redirect, () -> service.sign(id, new AssessmentService.SignCommand(step, version, opinion, grade)),
				"assessment.signed");
	}

	@PostMapping("/assessment/{id}/return")
	@PreAuthorize("hasAnyAuthority('ASSESSMENT_SUMMARY', 'ASSESSMENT_VILLAGE', 'ASSESSMENT_TOWNSHIP', 'ASSESSMENT_UNIT', 'ASSESSMENT_COUNTY_ORG', 'ASSESSMENT_COUNTY_POVERTY')")
	String giveBack(@PathVariable long id, @RequestParam(required = false) Step target,
			@RequestParam(required = false) Long version, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> service.giveBack(id, new AssessmentService.ReturnCommand(target, version, reason)),
				"assessment.returned");
	}

	@GetMapping("/assessment/review")
	@PreAuthorize("hasAuthority('ASSESSMENT_READ')")
	String review(@RequestParam(required = false) Integer year, Model model) {
		int shown = year == null ? service.today().getYear() : year;
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("assessment.title", "/assessment"),
				Breadcrumb.key("assessment.review.title", null)));
		model.addAttribute("year", shown);
		model.addAttribute("rows", service.countyReview(shown));
		model.addAttribute("quota", service.quotaOfMyOffice().orElse(null));
		return "assessment/review";
	}

	@GetMapping("/assessment/use")
	@PreAuthorize("hasAuthority('ASSESSMENT_READ')")
	String use(@RequestParam(required = false) Integer year, Model model) {
		int shown = year == null ? service.today().getYear() : year;
		var all = results.annualResults(shown);
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("assessment.title", "/assessment"),
				Breadcrumb.key("assessment.use.title", null)));
		model.addAttribute("year", shown);
		model.addAttribute("commendation", results.commendation(all));
		model.addAttribute("experience", results.experience(all));
		model.addAttribute("replacement", results.replacement(all));
		return "assessment/use";
	}

	@GetMapping("/assessment/{id}/certificate")
	@PreAuthorize("hasAuthority('ASSESSMENT_READ')")
	String certificate(@PathVariable long id, Model model) {
		model.addAttribute("c", results.certificate(id));
		return "assessment/certificate";
	}

	@GetMapping("/assessment/subsidy")
	@PreAuthorize("hasAuthority('ASSESSMENT_READ')")
	String subsidy(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long unitId,
			Model model) {
		int shown = year == null ? service.today().getYear() : year;
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("assessment.title", "/assessment"),
				Breadcrumb.key("assessment.subsidy.title", null)));
		model.addAttribute("year", shown);
		model.addAttribute("unitId", unitId);
		model.addAttribute("statements", results.subsidy(shown, unitId));
		return "assessment/subsidy";
	}

	@GetMapping("/assessment/subsidy.xlsx")
	@PreAuthorize("hasAuthority('ASSESSMENT_READ')")
	ResponseEntity<byte[]> subsidyExport(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) Long unitId) {
		int shown = year == null ? service.today().getYear() : year;
		var locale = LocaleContextHolder.getLocale();
		return XlsxTemplates.attachment(messages.getMessage("assessment.subsidy.file", new Object[] { String.valueOf(shown) },
				locale), workbook.export(results.subsidy(shown, unitId), shown, locale));
	}

	private String act(long id, RedirectAttributes redirect, Supplier<Assessment> work, String done) {
		try {
			work.get();
			redirect.addFlashAttribute("flash", text(done));
		}
		catch (InvalidInputException | ConflictException ex) {
			redirect.addFlashAttribute("problem", text(ex.messageKey(), ex.args()));
		}
		catch (org.springframework.dao.OptimisticLockingFailureException
				| org.springframework.dao.DataIntegrityViolationException ex) {
			redirect.addFlashAttribute("problem", text("assessment.error.concurrent"));
		}
		return "redirect:/assessment/" + id;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
