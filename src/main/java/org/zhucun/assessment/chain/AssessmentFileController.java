package org.zhucun.assessment.chain;

import java.nio.charset.StandardCharsets;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.common.web.ConflictException;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.printing.AssessmentForms;
import org.zhucun.printing.NamedFile;

/**
 * The printed forms of the assessments (FRM-1) and the experience certificate (USE-2) as files, and
 * the township's quarter board actions: the batch download of its forms and the start of the quarter
 * for everyone (ASM-1). Each checks the same permission and data scope as the assessment's page.
 */
@Controller
class AssessmentFileController {

	private final AssessmentPrints prints;

	private final FormBatches batches;

	private final AssessmentService service;

	private final MessageSource messages;

	AssessmentFileController(AssessmentPrints prints, FormBatches batches, AssessmentService service,
			MessageSource messages) {
		this.prints = prints;
		this.batches = batches;
		this.service = service;
		this.messages = messages;
	}

	@GetMapping("/assessment/{id}/form.docx")
	@PreAuthorize("hasAuthority('ASSESSMENT_READ')")
	ResponseEntity<byte[]> docx(@PathVariable long id) {
		return file(prints.form(id, AssessmentPrints.Format.DOCX), MediaType.parseMediaType(AssessmentForms.DOCX_TYPE));
	}

	@GetMapping("/assessment/{id}/form.pdf")
	@PreAuthorize("hasAuthority('ASSESSMENT_READ')")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		return file(prints.form(id, AssessmentPrints.Format.PDF), MediaType.APPLICATION_PDF);
	}

	@GetMapping("/assessment/{id}/certificate.pdf")
	@PreAuthorize("hasAuthority('ASSESSMENT_READ')")
	ResponseEntity<byte[]> certificate(@PathVariable long id) {
		return file(prints.certificate(id), MediaType.APPLICATION_PDF);
	}

	/** A township's forms of a quarter (quarter 0: the year's annual forms) as one .zip, with a progress page. */
	@PostMapping("/assessment/forms/batch")
	@PreAuthorize("hasAuthority('ASSESSMENT_READ') and hasAuthority('PRINT_BATCH')")
	String batch(@RequestParam long township, @RequestParam int year, @RequestParam(defaultValue = "0") int quarter,
			@RequestParam(defaultValue = "PDF") String format, RedirectAttributes redirect) {
		try {
			return "redirect:/printing/batches/"
					+ batches.start(township, year, quarter, AssessmentPrints.Format.of(format)).id();
		}
		catch (InvalidInputException | ConflictException ex) {
			redirect.addFlashAttribute("problem", text(ex.messageKey(), ex.args()));
			return board(year, quarter);
		}
	}

	/** ASM-1: starts the quarter for every person posted in the township's villages who has none yet. */
	@PostMapping("/assessment/start-quarter")
	@PreAuthorize("hasAuthority('ASSESSMENT_TOWNSHIP')")
	String startQuarter(@RequestParam long township, @RequestParam int year, @RequestParam int quarter,
			RedirectAttributes redirect) {
		try {
			int started = service.startQuarter(township, year, quarter);
			redirect.addFlashAttribute("flash", text("assessment.startQuarter.done", String.valueOf(started)));
		}
		catch (InvalidInputException | ConflictException ex) {
			redirect.addFlashAttribute("problem", text(ex.messageKey(), ex.args()));
		}
		return board(year, quarter);
	}

	private static String board(int year, int quarter) {
		return quarter == 0 ? "redirect:/assessment?kind=ANNUAL&year=" + year
				: "redirect:/assessment?kind=QUARTERLY&year=" + year + "&quarter=" + quarter;
	}

	static ResponseEntity<byte[]> file(NamedFile file, MediaType type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.contentType(type)
			.body(file.content());
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
