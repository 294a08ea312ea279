package org.zhucun.worklog.log;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.common.excel.XlsxTemplates;
import org.zhucun.common.ui.Breadcrumb;
import org.zhucun.common.web.DomainException;
import org.zhucun.common.web.NotFoundException;
import org.zhucun.document.DocumentResponses;
import org.zhucun.worklog.rules.LogKind;
import org.zhucun.worklog.rules.Quarter;
import org.zhucun.worklog.log.WorklogService.Upload;

/**
 * LOG-1/2 pages: /worklog is the cadre's own log (a short form on top — kind buttons, date, text,
 * optional files — and their entries below) or, for an office, the people whose logs it reads;
 * a person's page shows their entries and quarterly reviews with the township's review form.
 */
@Controller
class WorklogPageController {

	private static final int PAGE_SIZE = 20;

	private static final java.time.format.DateTimeFormatter SHOWN = java.time.format.DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm").withZone(WorklogService.CHINA);

	private final WorklogService worklog;

	private final MessageSource messages;

	WorklogPageController(WorklogService worklog, MessageSource messages) {
		this.worklog = worklog;
		this.messages = messages;
	}

	@GetMapping("/worklog")
	@PreAuthorize("hasAnyAuthority('WORKLOG_WRITE', 'WORKLOG_READ')")
	String index(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("worklog.title", null)));
		var own = worklog.ownPosting();
		if (own.isEmpty()) {
			model.addAttribute("people", worklog.people());
			return "worklog/people";
		}
		addEntries(model, null, page);
		model.addAttribute("posting", own.get());
		model.addAttribute("kinds", LogKind.values());
		model.addAttribute("today", worklog.today());
		model.addAttribute("editHours", worklog.editWindow().hours());
		return "worklog/index";
	}

	@PostMapping("/worklog/entries")
	@PreAuthorize("hasAuthority('WORKLOG_WRITE')")
	String write(@RequestParam(required = false) LogKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate entryDate,
			@RequestParam(required = false) String text, @RequestParam(required = false) Long correctsId,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect) {
		try {
			LogEntry entry = worklog.write(new EntryCommand(kind, entryDate, text, correctsId), uploads(files));
			redirect.addFlashAttribute("flash", text(correctsId == null ? "worklog.saved" : "worklog.corrected"));
			return correctsId == null ? "redirect:/worklog" : "redirect:/worklog/entries/" + entry.getId();
		}
		catch (DomainException ex) {
			refuseOutsideScope(ex);
			redirect.addFlashAttribute("problem", text(ex.messageKey(), ex.args()));
			redirect.addFlashAttribute("draft", text);
			return correctsId == null ? "redirect:/worklog" : "redirect:/worklog/entries/" + correctsId;
		}
	}

	@GetMapping("/worklog/entries/{id}")
	@PreAuthorize("hasAnyAuthority('WORKLOG_WRITE', 'WORKLOG_READ')")
	String entry(@PathVariable long id, Model model) {
		EntryView entry = worklog.view(worklog.get(id));
		model.addAttribute("entry", entry);
		model.addAttribute("writtenAt", SHOWN.format(entry.createdAt()));
		model.addAttribute("locksAt", SHOWN.format(entry.locksAt()));
		model.addAttribute("kinds", LogKind.values());
		model.addAttribute("today", worklog.today());
		model.addAttribute("editHours", worklog.editWindow().hours());
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("worklog.title", "/worklog"),
				Breadcrumb.name(entry.personName() + " · " + entry.entryDate(), null)));
		return "worklog/entry";
	}

	@PostMapping("/worklog/entries/{id}")
	@PreAuthorize("hasAuthority('WORKLOG_WRITE')")
	String edit(@PathVariable long id, @RequestParam(required = false) LogKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate entryDate,
			@RequestParam(required = false) String text, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		try {
			worklog.edit(id, new EditCommand(kind, entryDate, text, version));
			redirect.addFlashAttribute("flash", text("worklog.saved"));
		}
		catch (DomainException ex) {
			refuseOutsideScope(ex);
			redirect.addFlashAttribute("problem", text(ex.messageKey(), ex.args()));
		}
		return "redirect:/worklog/entries/" + id;
	}

	@PostMapping("/worklog/entries/{id}/attachments")
	@PreAuthorize("hasAuthority('WORKLOG_WRITE')")
	String attach(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			RedirectAttributes redirect) {
		try {
			Upload upload = uploads(file == null ? List.of() : List.of(file)).stream().findFirst()
				.orElse(new Upload(null, new byte[0]));
			worklog.attach(id, upload.fileName(), upload.content());
			redirect.addFlashAttribute("flash", text("worklog.attached"));
		}
		catch (DomainException ex) {
			refuseOutsideScope(ex);
			redirect.addFlashAttribute("problem", text(ex.messageKey(), ex.args()));
		}
		return "redirect:/worklog/entries/" + id;
	}

	@GetMapping("/worklog/entries/{id}/attachments/{documentId}")
	@PreAuthorize("hasAnyAuthority('WORKLOG_WRITE', 'WORKLOG_READ')")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long documentId) {
		return DocumentResponses.attachment(worklog.attachment(id, documentId));
	}

	/** BUR-1: a person's log as a workbook for the township's file, the same entries the page shows. */
	@GetMapping("/worklog/people/{personId}/export.xlsx")
	@PreAuthorize("hasAuthority('WORKLOG_READ')")
	ResponseEntity<byte[]> export(@PathVariable long personId) {
		var person = worklog.person(personId);
		var entries = worklog.entries(personId, PageRequest.of(0, EXPORT_LIMIT, Sort.by(Sort.Direction.DESC, "entryDate", "id")))
			.map(worklog::view)
			.getContent();
		var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		java.util.function.Function<String, String> t = key -> messages.getMessage(key, null, key, locale);
		byte[] xlsx = XlsxTemplates.write(workbook -> XlsxTemplates.table(workbook, person.personName(),
				List.of(t.apply("worklog.export.date"), t.apply("worklog.kind"), t.apply("worklog.export.text"),
						t.apply("worklog.export.author"), t.apply("worklog.export.corrects")),
				entries.stream()
					.map(e -> List.<Object>of(e.entryDate().toString(), t.apply(e.kind().messageKey()), e.text(),
							e.authorName() == null ? "" : e.authorName(), e.correctsId() == null ? "" : "#" + e.correctsId()))
					.toList()));
		return XlsxTemplates.attachment(messages.getMessage("worklog.export.fileName", new Object[] { person.personName() }, locale), xlsx);
	}

	@GetMapping("/worklog/people/{personId}")
	@PreAuthorize("hasAuthority('WORKLOG_READ')")
	String person(@PathVariable long personId, @RequestParam(defaultValue = "0") int page, Model model) {
		var person = worklog.person(personId);
		model.addAttribute("person", person);
		addEntries(model, personId, page);
		model.addAttribute("reviews", worklog.reviews(personId));
		model.addAttribute("mayReview", worklog.mayReview(personId));
		Quarter quarter = worklog.defaultReviewQuarter();
		model.addAttribute("reviewYear", quarter.year());
		model.addAttribute("reviewQuarter", quarter.quarter());
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("worklog.title", "/worklog"),
				Breadcrumb.name(person.personName(), null)));
		return "worklog/person";
	}

	@PostMapping("/worklog/people/{personId}/reviews")
	@PreAuthorize("hasAuthority('WORKLOG_REVIEW')")
	String review(@PathVariable long personId, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer quarter, @RequestParam(required = false) String findings,
			RedirectAttributes redirect) {
		worklog.person(personId); // 404 outside the scope, before anything else
		try {
			worklog.review(new ReviewCommand(personId, year, quarter, findings));
			redirect.addFlashAttribute("flash", text("worklog.review.saved"));
		}
		catch (DomainException ex) {
			refuseOutsideScope(ex);
			redirect.addFlashAttribute("problem", text(ex.messageKey(), ex.args()));
			redirect.addFlashAttribute("draft", findings);
		}
		return "redirect:/worklog/people/" + personId;
	}

	@PostMapping("/worklog/reviews/{id}/publish")
	@PreAuthorize("hasAuthority('WORKLOG_REVIEW')")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		LogReview review = worklog.publish(id);
		redirect.addFlashAttribute("flash", text("worklog.review.published"));
		return "redirect:/worklog/people/" + review.getPosted().personId();
	}

	private static final int EXPORT_LIMIT = 5000;

	private void addEntries(Model model, Long personId, int page) {
		Page<LogEntry> entries = worklog.entries(personId,
				PageRequest.of(Math.max(0, page), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "entryDate", "id")));
		model.addAttribute("entries", entries.map(worklog::view));
	}

	/** ORG-5: a record outside the scope answers 404 as a page, not as a message on a form. */
	private static void refuseOutsideScope(DomainException ex) {
		if (ex instanceof NotFoundException) {
			throw ex;
		}
	}

	private static List<Upload> uploads(List<MultipartFile> files) {
		List<Upload> uploads = new ArrayList<>();
		if (files == null) {
			return uploads;
		}
		for (MultipartFile file : files) {
			if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
				continue; // the file field left empty
			}
			try {
				uploads.add(new Upload(file.getOriginalFilename(), file.getBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return uploads;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
