package org.zhucun.worklog.log;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhucun.common.web.PageResponse;
import org.zhucun.document.DocumentResponses;

@RestController
@Tag(name = "工作日志 Work log")
class WorklogApiController {

	private final WorklogService worklog;

	WorklogApiController(WorklogService worklog) {
		this.worklog = worklog;
	}

	@GetMapping("/api/v1/worklog/entries")
	@PreAuthorize("hasAnyAuthority('WORKLOG_WRITE', 'WORKLOG_READ')")
	@Operation(summary = "日志列表 Entries newest first: one person's (personId), else one's own or every log in scope (LOG-1)")
	PageResponse<EntryView> list(@RequestParam(required = false) Long personId,
			@PageableDefault(size = 20, sort = { "entryDate", "id" }, direction = Sort.Direction.DESC) Pageable page) {
		return PageResponse.of(worklog.entries(personId, page), worklog::view);
	}

	@PostMapping("/api/v1/worklog/entries")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('WORKLOG_WRITE')")
	@Operation(summary = "写日志 A new entry of one's own log (kind WORK, STUDY or DIARY; date defaults to today); "
			+ "with correctsId a correction (更正) of one's earlier entry")
	EntryView create(@RequestBody EntryCommand command) {
		return worklog.view(worklog.write(command));
	}

	@GetMapping("/api/v1/worklog/entries/{id}")
	@PreAuthorize("hasAnyAuthority('WORKLOG_WRITE', 'WORKLOG_READ')")
	@Operation(summary = "日志详情 One entry with its correction links and attachments")
	EntryView get(@PathVariable long id) {
		return worklog.view(worklog.get(id));
	}

	@PutMapping("/api/v1/worklog/entries/{id}")
	@PreAuthorize("hasAuthority('WORKLOG_WRITE')")
	@Operation(summary = "修改日志 Change one's own entry within the edit window; 409 once it is locked (write a correction)")
	EntryView edit(@PathVariable long id, @RequestBody EditCommand command) {
		return worklog.view(worklog.edit(id, command));
	}

	@PostMapping(path = "/api/v1/worklog/entries/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('WORKLOG_WRITE')")
	@Operation(summary = "添加附件 Attach a PDF, JPEG, PNG, DOCX or XLSX to one's own open entry (type checked by content)")
	EntryView attach(@PathVariable long id, @RequestPart("file") MultipartFile file) throws IOException {
		return worklog.view(worklog.attach(id, file.getOriginalFilename(), file.getBytes()));
	}

	@GetMapping("/api/v1/worklog/entries/{id}/attachments/{documentId}")
	@PreAuthorize("hasAnyAuthority('WORKLOG_WRITE', 'WORKLOG_READ')")
	@Operation(summary = "下载附件 Download an attachment of an entry one may read")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long documentId) {
		return DocumentResponses.attachment(worklog.attachment(id, documentId));
	}

	@GetMapping("/api/v1/worklog/people")
	@PreAuthorize("hasAuthority('WORKLOG_READ')")
	@Operation(summary = "人员 The people whose logs the caller may read, by name (no counts, no ranking: BUR-2)")
	List<WorklogService.PersonRow> people() {
		return worklog.people();
	}

	@GetMapping("/api/v1/worklog/people/{personId}/reviews")
	@PreAuthorize("hasAnyAuthority('WORKLOG_WRITE', 'WORKLOG_READ')")
	@Operation(summary = "季度评阅 A person's quarterly reviews: all for their township, the published ones (通报) for others in scope")
	List<ReviewView> reviews(@PathVariable long personId) {
		return worklog.reviews(personId);
	}

	@PostMapping("/api/v1/worklog/reviews")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('WORKLOG_REVIEW')")
	@Operation(summary = "记录评阅 The township's findings on a person's log for a quarter (once per quarter, LOG-2)")
	ReviewView review(@RequestBody ReviewCommand command) {
		return worklog.reviewView(worklog.review(command));
	}

	@PostMapping("/api/v1/worklog/reviews/{id}/publication")
	@PreAuthorize("hasAuthority('WORKLOG_REVIEW')")
	@Operation(summary = "通报 Publish the findings for the county organisation department and the dispatching unit (LOG-2)")
	ReviewView publish(@PathVariable long id) {
		return worklog.reviewView(worklog.publish(id));
	}

}
