package org.zhucun.personnel.roster;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The roster import over the API (PER-5), with the same permission as the page. A refused file gives
 * a 400 problem detail whose {@code errors} list every bad row as {@code {row, column, message}}.
 */
@RestController
@RequestMapping("/api/v1/personnel/import")
@Tag(name = "人员导入 Roster import")
class RosterApiController {

	private final RosterImportService imports;

	private final RosterTemplate template;

	private final RosterReport report;

	private final MessageSource messages;

	RosterApiController(RosterImportService imports, RosterTemplate template, RosterReport report,
			MessageSource messages) {
		this.imports = imports;
		this.template = template;
		this.report = report;
		this.messages = messages;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('PERSON_IMPORT')")
	@Operation(summary = "从 Excel 导入选派人员及其派驻（全部成功或全部不导入）Import people and postings from .xlsx, all or nothing")
	ResponseEntity<?> importFile(@RequestParam(name = "file", required = false) MultipartFile file, Locale locale) {
		RosterOutcome outcome = imports.importFile(file);
		if (outcome.succeeded()) {
			return ResponseEntity.ok(new Imported(outcome.people(), outcome.postings(), report.summary(outcome)));
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, report.summary(outcome));
		problem.setTitle(messages.getMessage("error.title.400", null, locale));
		problem.setProperty("errors", report.errors(outcome));
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@GetMapping("/template")
	@PreAuthorize("hasAuthority('PERSON_IMPORT')")
	@Operation(summary = "下载人员导入模板 The roster template (.xlsx)")
	ResponseEntity<byte[]> template(Locale locale) {
		return template.download(locale);
	}

	/** The answer to a file that was imported whole. */
	record Imported(int people, int postings, String message) {
	}

}
