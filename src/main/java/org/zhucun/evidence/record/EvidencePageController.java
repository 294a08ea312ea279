package org.zhucun.evidence.record;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.common.excel.XlsxTemplates;
import org.zhucun.common.ui.Breadcrumb;
import org.zhucun.common.web.ConflictException;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.document.DocumentResponses;
import org.zhucun.evidence.EvidenceKind;
import org.zhucun.evidence.EvidenceLevel;
import org.zhucun.evidence.FundSource;

/** The bonus evidence on a page (Annex 1–3): the year's records, the entry form, verify and refuse. */
@Controller
class EvidencePageController {

	private final EvidenceService service;

	private final EvidenceWorkbook workbook;

	private final MessageSource messages;

	EvidencePageController(EvidenceService service, EvidenceWorkbook workbook, MessageSource messages) {
		this.service = service;
		this.workbook = workbook;
		this.messages = messages;
	}

	@GetMapping("/evidence")
	@PreAuthorize("hasAuthority('EVIDENCE_READ')")
	String list(@RequestParam(required = false) Integer year, Model model) {
		int shown = year == null ? service.today().getYear() : year;
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("evidence.title", null)));
		model.addAttribute("year", shown);
		model.addAttribute("rows", service.list(shown));
		model.addAttribute("villages", service.villages());
		model.addAttribute("people", service.people());
		model.addAttribute("kinds", EvidenceKind.values());
		model.addAttribute("levels", EvidenceLevel.values());
		model.addAttribute("sources", FundSource.values());
		return "evidence/list";
	}

	@GetMapping("/evidence.xlsx")
	@PreAuthorize("hasAuthority('EVIDENCE_READ')")
	ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year) {
		int shown = year == null ? service.today().getYear() : year;
		return XlsxTemplates.attachment("evidence-" + shown + ".xlsx",
				workbook.export(service.list(shown), LocaleContextHolder.getLocale()));
	}

	@GetMapping("/evidence/{id}/document")
	@PreAuthorize("hasAuthority('EVIDENCE_READ')")
	ResponseEntity<byte[]> document(@PathVariable long id) {
		return DocumentResponses.attachment(service.document(id));
	}

	@PostMapping("/evidence")
	@PreAuthorize("hasAuthority('EVIDENCE_WRITE')")
	String enter(@RequestParam(required = false) EvidenceKind kind, @RequestParam(required = false) String villageCode,
			@RequestParam(required = false) Long personId, @RequestParam(required = false) EvidenceLevel level,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn,
			@RequestParam(required = false) String title, @RequestParam(required = false) String link,
			@RequestParam(required = false) BigDecimal amount, @RequestParam(required = false) FundSource fundSource,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
		return step(redirect, () -> service.enter(
				new EvidenceCommand(kind, villageCode, personId, level, occurredOn, title, link, amount, fundSource),
				upload(file)));
	}

	@PostMapping("/evidence/{id}/verify")
	@PreAuthorize("hasAuthority('EVIDENCE_VERIFY')")
	String verify(@PathVariable long id, RedirectAttributes redirect) {
		return step(redirect, () -> service.verify(id));
	}

	@PostMapping("/evidence/{id}/refuse")
	@PreAuthorize("hasAuthority('EVIDENCE_VERIFY')")
	String refuse(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return step(redirect, () -> service.refuse(id, reason));
	}

	private static EvidenceService.Upload upload(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return new EvidenceService.Upload(file.getOriginalFilename(), file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String step(RedirectAttributes redirect, Supplier<Evidence> work) {
		Evidence e = null;
		try {
			e = work.get();
			redirect.addFlashAttribute("flash", text("evidence.saved"));
		}
		catch (InvalidInputException | ConflictException ex) {
			redirect.addFlashAttribute("problem", text(ex.messageKey(), ex.args()));
		}
		return "redirect:/evidence" + (e == null ? "" : "?year=" + e.getOccurredOn().getYear());
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
