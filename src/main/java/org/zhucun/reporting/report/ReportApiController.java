package org.zhucun.reporting.report;

import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
import org.zhucun.document.DocumentResponses;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhucun.common.web.PageResponse;
import org.zhucun.reporting.rules.ReportKind;

/** Reports over the API (REP-1..3, REP-5): the same service and rules as the pages. */
@RestController
@Tag(name = "报告 Reports")
class ReportApiController {

	private final ReportService reports;

	ReportApiController(ReportService reports) {
		this.reports = reports;
	}

	@GetMapping("/api/v1/reports")
	@PreAuthorize("hasAnyAuthority('REPORT_WRITE', 'REPORT_RECEIVE')")
	@Operation(summary = "报告列表 Reports in scope: box ALL, MINE or TO_RECEIVE (awaiting my office's receipt); optional kind")
	PageResponse<ReportView> list(@RequestParam(required = false) ReportBox box, @RequestParam(required = false) ReportKind kind,
			@PageableDefault(size = 20, sort = { "submittedAt", "id" }, direction = Sort.Direction.DESC) Pageable page) {
		return PageResponse.of(reports.search(box, kind, page), reports::view);
	}

	@PostMapping("/api/v1/reports")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('REPORT_WRITE')")
	@Operation(summary = "报送报告 Submit one's own report; it is routed to every recipient office the policy names (REP-1..3)")
	ReportView create(@Valid @RequestBody ReportCommand command) {
		return reports.view(reports.submit(command));
	}

	@PostMapping(path = "/api/v1/reports/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('REPORT_WRITE')")
	@Operation(summary = "上传报告 Submit one's own report as an uploaded document (PDF, Word …); the text is optional (REP-1..3)")
	ReportView upload(@RequestParam ReportKind kind, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer period, @RequestParam String title,
			@RequestParam(required = false) String body, @RequestParam MultipartFile file) throws java.io.IOException {
		return reports.view(reports.submit(new ReportCommand(kind, year, period, title, body), file.getOriginalFilename(),
				file.getBytes()));
	}

	@GetMapping("/api/v1/reports/{id}/document")
	@PreAuthorize("hasAnyAuthority('REPORT_WRITE', 'REPORT_RECEIVE')")
	@Operation(summary = "报告附件 Download the uploaded document of a report in scope")
	ResponseEntity<byte[]> document(@PathVariable long id) {
		return DocumentResponses.attachment(reports.document(id));
	}

	@GetMapping("/api/v1/reports/{id}")
	@PreAuthorize("hasAnyAuthority('REPORT_WRITE', 'REPORT_RECEIVE')")
	@Operation(summary = "报告详情 One report with each recipient's state (received, by whom, when)")
	ReportView get(@PathVariable long id) {
		return reports.view(reports.get(id));
	}

	@PostMapping("/api/v1/reports/{id}/receipt")
	@PreAuthorize("hasAuthority('REPORT_RECEIVE')")
	@Operation(summary = "确认接收 Mark the report received as the caller's office; 403 when not a recipient, 409 when done")
	ReportView receive(@PathVariable long id) {
		return reports.view(reports.receive(id));
	}

	@GetMapping("/api/v1/reports/overdue")
	@PreAuthorize("hasAnyAuthority('REPORT_WRITE', 'REPORT_RECEIVE')")
	@Operation(summary = "逾期与缺报 Late and missing reports of the last 12 months, and teams short of work information (REP-5)")
	List<Overdue> overdue() {
		return reports.overdue();
	}

}
