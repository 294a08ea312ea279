package org.zhucun.reporting.meeting;

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
import org.zhucun.common.ui.Breadcrumb;
import org.zhucun.common.web.FormErrors;
import org.zhucun.common.web.InvalidInputException;

/** The meeting pages (REP-4): the list with the last period's state, the form, one meeting. */
@Controller
class MeetingPageController {

	private final MeetingService meetings;

	private final MessageSource messages;

	MeetingPageController(MeetingService meetings, MessageSource messages) {
		this.meetings = meetings;
		this.messages = messages;
	}

	@GetMapping("/meetings")
	@PreAuthorize("hasAnyAuthority('MEETING_WRITE', 'REPORT_RECEIVE')")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		var found = meetings.search(null, PageRequest.of(Math.max(page, 0), 50,
				Sort.by(Sort.Order.desc("heldOn"), Sort.Order.desc("id"))));
		model.addAttribute("meetings", found.getContent().stream().map(meetings::view).toList());
		model.addAttribute("page", found);
		model.addAttribute("lastPeriod", meetings.lastPeriod().orElse(null));
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("menu.meetings", null)));
		return "reporting/meetings";
	}

	/** BUR-1: the meetings the user may see as a workbook (REP-4). */
	@GetMapping("/meetings/export.xlsx")
	@PreAuthorize("hasAnyAuthority('MEETING_WRITE', 'REPORT_RECEIVE')")
	org.springframework.http.ResponseEntity<byte[]> export() {
		var found = meetings.search(null, PageRequest.of(0, 5000, Sort.by(Sort.Order.desc("heldOn"), Sort.Order.desc("id"))));
		var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		java.util.function.Function<String, String> t = key -> messages.getMessage(key, null, key, locale);
		byte[] xlsx = org.zhucun.common.excel.XlsxTemplates.write(workbook -> org.zhucun.common.excel.XlsxTemplates.table(
				workbook, t.apply("menu.meetings"),
				List.of(t.apply("meeting.export.kind"), t.apply("meeting.export.office"), t.apply("meeting.export.heldOn"),
						t.apply("meeting.export.participants"), t.apply("meeting.export.minutes"), t.apply("meeting.export.by")),
				found.getContent().stream().map(meetings::view).map(m -> List.<Object>of(t.apply(m.kind().messageKey()),
						m.officeName(), m.heldOn().toString(), m.participants(), m.minutes() == null ? "" : m.minutes(),
						m.recordedByName() == null ? "" : m.recordedByName())).toList()));
		return org.zhucun.common.excel.XlsxTemplates.attachment(t.apply("menu.meetings") + ".xlsx", xlsx);
	}

	@GetMapping("/meetings/new")
	@PreAuthorize("hasAuthority('MEETING_WRITE')")
	String newForm(Model model) {
		model.addAttribute("command", new MeetingCommand(null, null, null, null));
		return form(model);
	}

	@PostMapping("/meetings")
	@PreAuthorize("hasAuthority('MEETING_WRITE')")
	String create(@Valid @ModelAttribute("command") MeetingCommand command, BindingResult result,
			@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response,
			RedirectAttributes redirect) throws java.io.IOException {
		if (!result.hasErrors()) {
			try {
				Meeting created = file == null || file.isEmpty() ? meetings.record(command)
						: meetings.record(command, file.getOriginalFilename(), file.getBytes());
				redirect.addFlashAttribute("flash", messages.getMessage("meeting.saved", null, LocaleContextHolder.getLocale()));
				return "redirect:/meetings/" + created.getId();
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return form(model);
	}

	@GetMapping("/meetings/{id}")
	@PreAuthorize("hasAnyAuthority('MEETING_WRITE', 'REPORT_RECEIVE')")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("meeting", meetings.view(meetings.get(id)));
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("menu.meetings", "/meetings"),
				Breadcrumb.key("meeting.detail", null)));
		return "reporting/meeting";
	}

	@GetMapping("/meetings/{id}/document")
	@PreAuthorize("hasAnyAuthority('MEETING_WRITE', 'REPORT_RECEIVE')")
	ResponseEntity<byte[]> document(@PathVariable long id) {
		return DocumentResponses.attachment(meetings.document(id));
	}

	private String form(Model model) {
		model.addAttribute("lastPeriod", meetings.lastPeriod().orElse(null));
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("menu.meetings", "/meetings"),
				Breadcrumb.key("meeting.new", null)));
		return "reporting/meeting-form";
	}

}
