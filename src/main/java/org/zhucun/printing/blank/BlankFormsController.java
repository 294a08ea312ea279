package org.zhucun.printing.blank;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.zhucun.common.web.NotFoundException;
import org.zhucun.printing.AssessmentForm;
import org.zhucun.printing.AssessmentForms;
import org.zhucun.printing.BatchDownloads;
import org.zhucun.printing.NamedFile;

/**
 * The blank Annex 4 and Annex 5 forms (FRM-1) to fill by hand, as Word and PDF, and all of them at
 * once as a batch download. They hold no one's data: the same for every user.
 */
@Controller
@RequestMapping("/printing/forms")
class BlankFormsController {

	/** The annexes by the name in the address. */
	static final Map<String, AssessmentForm.Kind> ANNEXES = Map.of("annex4", AssessmentForm.Kind.QUARTERLY, "annex5",
			AssessmentForm.Kind.ANNUAL);

	private final AssessmentForms forms;

	private final BatchDownloads batches;

	private final MessageSource messages;

	BlankFormsController(AssessmentForms forms, BatchDownloads batches, MessageSource messages) {
		this.forms = forms;
		this.batches = batches;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('PRINT_BATCH')")
	String page(Model model) {
		model.addAttribute("quarterlyTitle", AssessmentForms.title(AssessmentForm.Kind.QUARTERLY));
		model.addAttribute("annualTitle", AssessmentForms.title(AssessmentForm.Kind.ANNUAL));
		return "printing/forms";
	}

	@GetMapping("/{annex}.docx")
	@PreAuthorize("hasAuthority('PRINT_BATCH')")
	ResponseEntity<byte[]> docx(@PathVariable String annex) {
		AssessmentForm form = blank(annex);
		return file(AssessmentForms.title(form.kind()) + ".docx", MediaType.parseMediaType(AssessmentForms.DOCX_TYPE),
				forms.docx(form));
	}

	@GetMapping("/{annex}.pdf")
	@PreAuthorize("hasAuthority('PRINT_BATCH')")
	ResponseEntity<byte[]> pdf(@PathVariable String annex) {
		AssessmentForm form = blank(annex);
		return file(AssessmentForms.title(form.kind()) + ".pdf", MediaType.APPLICATION_PDF, forms.pdf(form));
	}

	/** All blank forms in one .zip, built in the background with a progress bar. */
	@PostMapping("/batch")
	@PreAuthorize("hasAuthority('PRINT_BATCH')")
	String batch() {
		List<Supplier<NamedFile>> files = ANNEXES.keySet().stream().sorted().flatMap(annex -> {
			AssessmentForm form = blank(annex);
			String title = AssessmentForms.title(form.kind());
			return java.util.stream.Stream.<Supplier<NamedFile>>of(() -> new NamedFile(title + ".docx", forms.docx(form)),
					() -> new NamedFile(title + ".pdf", forms.pdf(form)));
		}).toList();
		String name = messages.getMessage("printing.forms.batchName", null, LocaleContextHolder.getLocale());
		return "redirect:/printing/batches/" + batches.start(name, name, files).id();
	}

	private static AssessmentForm blank(String annex) {
		AssessmentForm.Kind kind = ANNEXES.get(annex);
		if (kind == null) {
			throw new NotFoundException("printing.forms.notFound");
		}
		return new AssessmentForm(kind, null, null, null, null);
	}

	private static ResponseEntity<byte[]> file(String name, MediaType type, byte[] content) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.contentType(type)
			.body(content);
	}

}
