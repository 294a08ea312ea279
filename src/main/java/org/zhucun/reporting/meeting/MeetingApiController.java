package org.zhucun.reporting.meeting;

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
import org.zhucun.reporting.rules.MeetingKind;

/** The meetings of Art. 5 over the API (REP-4): the same service and rules as the pages. */
@RestController
@Tag(name = "专题会议 Meetings")
class MeetingApiController {

	private final MeetingService meetings;

	MeetingApiController(MeetingService meetings) {
		this.meetings = meetings;
	}

	@GetMapping("/api/v1/meetings")
	@PreAuthorize("hasAnyAuthority('MEETING_WRITE', 'REPORT_RECEIVE')")
	@Operation(summary = "会议列表 Meetings whose place lies in the caller's scope; optional kind")
	PageResponse<MeetingView> list(@RequestParam(required = false) MeetingKind kind,
			@PageableDefault(size = 20, sort = { "heldOn", "id" }, direction = Sort.Direction.DESC) Pageable page) {
		return PageResponse.of(meetings.search(kind, page), meetings::view);
	}

	@PostMapping("/api/v1/meetings")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('MEETING_WRITE')")
	@Operation(summary = "记录会议 Record the caller's office's meeting: township monthly, county quarterly, city yearly (REP-4)")
	MeetingView create(@Valid @RequestBody MeetingCommand command) {
		return meetings.view(meetings.record(command));
	}

	@PostMapping(path = "/api/v1/meetings/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('MEETING_WRITE')")
	@Operation(summary = "上传会议纪要 Record the caller's office's meeting with the minutes as an uploaded document (REP-4)")
	MeetingView upload(@RequestParam java.time.LocalDate heldOn, @RequestParam String participants,
			@RequestParam(required = false) String minutes, @RequestParam(required = false) String placeCode,
			@RequestParam MultipartFile file) throws java.io.IOException {
		return meetings.view(meetings.record(new MeetingCommand(heldOn, participants, minutes, placeCode),
				file.getOriginalFilename(), file.getBytes()));
	}

	@GetMapping("/api/v1/meetings/{id}/document")
	@PreAuthorize("hasAnyAuthority('MEETING_WRITE', 'REPORT_RECEIVE')")
	@Operation(summary = "会议纪要附件 Download the uploaded minutes of a meeting in scope")
	ResponseEntity<byte[]> document(@PathVariable long id) {
		return DocumentResponses.attachment(meetings.document(id));
	}

	@GetMapping("/api/v1/meetings/{id}")
	@PreAuthorize("hasAnyAuthority('MEETING_WRITE', 'REPORT_RECEIVE')")
	@Operation(summary = "会议详情 One meeting with its participants and minutes")
	MeetingView get(@PathVariable long id) {
		return meetings.view(meetings.get(id));
	}

}
