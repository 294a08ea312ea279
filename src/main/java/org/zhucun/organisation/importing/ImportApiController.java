package org.zhucun.organisation.importing;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The tree import over the API, with the same permission as the page. A refused file gives a 400
 * problem detail whose {@code errors} list every bad row as {@code {row, column, message}}.
 */
@RestController
@RequestMapping("/api/v1/org/import")
@Tag(name = "组织机构导入 Organisation import")
class ImportApiController {

	private final OrgImportService imports;

	private final ImportTemplate template;

	private final ImportReport report;

	private final MessageSource messages;

	ImportApiController(OrgImportService imports, ImportTemplate template, ImportReport report,
			MessageSource messages) {
		this.imports = imports;
		this.template = template;
		this.report = report;
		this.messages = messages;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('ORG_IMPORT')")
	@Operation(summary = "从 Excel 导入组织机构（全部成功或全部不导入）Import nodes from .xlsx, all or nothing")
	ResponseEntity<?> importFile(@RequestParam(name = "file", required = false) MultipartFile file, Locale locale) {
		ImportOutcome outcome = imports.importFile(file);
		if (outcome.succeeded()) {
			return ResponseEntity.ok(new Imported(outcome.imported(), report.summary(outcome)));
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, report.summary(outcome));
		problem.setTitle(messages.getMessage("error.title.400", null, locale));
		problem.setProperty("errors", report.errors(outcome));
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@GetMapping("/template.xlsx")
	@PreAuthorize("hasAuthority('ORG_IMPORT')")
	@Operation(summary = "下载导入模板 The import template")
	ResponseEntity<byte[]> template(Locale locale) {
		return template.download(locale);
	}

	/** The answer to a file that was imported whole. */
	record Imported(int imported, String message) {
	}

}
