package org.zhucun.reporting.report;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.http.ResponseEntity;
import org.zhucun.document.DocumentResponses;
import org.zhucun.common.excel.XlsxTemplates;
import org.zhucun.common.ui.Breadcrumb;
import org.zhucun.common.web.ConflictException;
import org.zhucun.common.web.DomainException;
import org.zhucun.common.web.FormErrors;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.reporting.rules.ReportDeadlines;
import org.zhucun.reporting.rules.ReportKind;

/**
 * The report pages (REP-1..3, REP-5), phone-friendly: the list with the late and missing reports
 * on top, the form to write one, and one report with each recipient's state and the button to mark
 * it received. The rules are the service's, the same as the API's.
 */
@Controller
class ReportsPageController {

	private static final int PAGE_SIZE = 50;

	private final ReportService reports;

	private final MessageSource messages;

	ReportsPageController(ReportService reports, MessageSource messages) {
		this.reports = reports;
		this.messages = messages;
	}

	@GetMapping("/reports")
	@PreAuthorize("hasAnyAuthority('REPORT_WRITE', 'REPORT_RECEIVE')")
	String list(@RequestParam(required = false) ReportBox box, @RequestParam(required = false) ReportKind kind,
			@RequestParam(defaultValue = "0") int page, Model model) {
		var found = reports.search(box, kind, PageRequest.of(Math.max(page, 0), PAGE_SIZE,
				Sort.by(Sort.Order.desc("submittedAt"), Sort.Order.desc("id"))));
		model.addAttribute("reports", found.getContent().stream().map(reports::view).toList());
		model.addAttribute("page", found);
		model.addAttribute("box", box == null ? ReportBox.ALL : box);
		model.addAttribute("kind", kind);
		model.addAttribute("boxes", ReportBox.values());
		model.addAttribute("kinds", ReportKind.values());
		model.addAttribute("overdue", reports.overdue());
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("menu.reports", null)));
		return "reporting/list";
	}

	/** BUR-1: the reports of the user's box as a workbook, with each recipient's state (REP-1, REP-5). */
	@GetMapping("/reports/export.xlsx")
	@PreAuthorize("hasAnyAuthority('REPORT_WRITE', 'REPORT_RECEIVE')")
	ResponseEntity<byte[]> export(@RequestParam(required = false) ReportBox box,
			@RequestParam(required = false) ReportKind kind) {
		var found = reports.search(box, kind, PageRequest.of(0, EXPORT_LIMIT,
				Sort.by(Sort.Order.desc("submittedAt"), Sort.Order.desc("id"))));
		var locale = LocaleContextHolder.getLocale();
		byte[] xlsx = XlsxTemplates.write(workbook -> XlsxTemplates.table(workbook, text("reporting.title", locale),
				List.of(text("reporting.export.kind", locale), text("reporting.period", locale),
						text("reporting.export.person", locale), text("reporting.export.village", locale),
						text("reporting.export.unit", locale), text("reporting.export.title", locale),
						text("reporting.due", locale), text("reporting.submitted", locale), text("reporting.late", locale),
						text("reporting.export.recipients", locale)),
				found.getContent().stream().map(reports::view).map(v -> List.<Object>of(
						text(v.kind().messageKey(), locale),
						messages.getMessage(v.periodKey(), new Object[] { String.valueOf(v.year()), v.period() }, locale),
						v.personName(), v.villageName() == null ? "" : v.villageName(), v.unitName() == null ? "" : v.unitName(),
						v.title(), v.dueDate() == null ? "" : v.dueDate().toString(), v.submittedAtText(),
						v.late() ? text("reporting.export.yes", locale) : "",
						v.recipients().stream()
							.map(r -> r.officeName() + "：" + (r.received() ? r.receivedAtText() : text("reporting.export.pending", locale)))
							.collect(java.util.stream.Collectors.joining("；"))))
					.toList()));
		return XlsxTemplates.attachment(text("reporting.title", locale) + ".xlsx", xlsx);
	}

	private static final int EXPORT_LIMIT = 5000;

	private String text(String key, java.util.Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	@GetMapping("/reports/new")
	@PreAuthorize("hasAuthority('REPORT_WRITE')")
	String newForm(@RequestParam(required = false) ReportKind kind, Model model) {
		var today = reports.today();
		model.addAttribute("command", new ReportCommand(kind == null ? ReportKind.QUARTERLY : kind, today.getYear(),
				ReportDeadlines.quarterOf(today), null, null));
		return form(model);
	}

	@PostMapping("/reports")
	@PreAuthorize("hasAuthority('REPORT_WRITE')")
	String create(@Valid @ModelAttribute("command") ReportCommand command, BindingResult result,
			@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response,
			RedirectAttributes redirect) throws java.io.IOException {
		if (!result.hasErrors()) {
			try {
				Report created = file == null || file.isEmpty() ? reports.submit(command)
						: reports.submit(command, file.getOriginalFilename(), file.getBytes());
				redirect.addFlashAttribute("flash", text("reporting.submitted.flash"));
				return "redirect:/reports/" + created.getId();
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex);
			}
			catch (ConflictException ex) {
				result.reject(ex.messageKey(), ex.args(), text(ex.messageKey(), ex.args()));
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				return form(model);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return form(model);
	}

	@GetMapping("/reports/{id}")
	@PreAuthorize("hasAnyAuthority('REPORT_WRITE', 'REPORT_RECEIVE')")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("report", reports.view(reports.get(id)));
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("menu.reports", "/reports"),
				Breadcrumb.key("reporting.detail", null)));
		return "reporting/detail";
	}

	@GetMapping("/reports/{id}/document")
	@PreAuthorize("hasAnyAuthority('REPORT_WRITE', 'REPORT_RECEIVE')")
	ResponseEntity<byte[]> document(@PathVariable long id) {
		return DocumentResponses.attachment(reports.document(id));
	}

	@PostMapping("/reports/{id}/receive")
	@PreAuthorize("hasAuthority('REPORT_RECEIVE')")
	String receive(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			reports.receive(id);
		}
		catch (ConflictException | NotARecipientException ex) {
			return refused(id, ex, model, response);
		}
		redirect.addFlashAttribute("flash", text("reporting.received"));
		return "redirect:/reports/" + id;
	}

	private String refused(long id, DomainException ex, Model model, HttpServletResponse response) {
		response.setStatus(ex.status().value());
		model.addAttribute("actionError", text(ex.messageKey(), ex.args()));
		return detail(id, model);
	}

	private String form(Model model) {
		model.addAttribute("kinds", ReportKind.values());
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("menu.reports", "/reports"),
				Breadcrumb.key("reporting.new", null)));
		return "reporting/form";
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
