package org.zhucun.leave.request;

import java.time.LocalDate;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhucun.common.web.PageResponse;
import org.zhucun.leave.rules.LeaveState;

/** Leave over the API (LEA-1..3): the same service and rules as the pages. */
@RestController
@Tag(name = "请假 Leave")
class LeaveApiController {

	private final LeaveService leave;

	LeaveApiController(LeaveService leave) {
		this.leave = leave;
	}

	@GetMapping("/api/v1/leave")
	@PreAuthorize("hasAuthority('LEAVE_READ')")
	@Operation(summary = "请假列表 Leave requests in scope: box ALL, TO_DECIDE (awaiting my office) or MINE; optional state")
	PageResponse<LeaveView> list(@RequestParam(required = false) LeaveFilter.Box box,
			@RequestParam(required = false) LeaveState state,
			@PageableDefault(size = 20, sort = { "startDate", "id" }, direction = Sort.Direction.DESC) Pageable page) {
		return PageResponse.of(leave.search(new LeaveFilter(box, state), page), leave::view);
	}

	@GetMapping("/api/v1/leave/preview")
	@PreAuthorize("hasAuthority('LEAVE_REQUEST')")
	@Operation(summary = "工作日与审批路线 Working days of a range and who approves it (LEA-1/2)")
	LeavePreview preview(@RequestParam(required = false) Long personId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate) {
		return leave.preview(personId, startDate, endDate);
	}

	@PostMapping("/api/v1/leave")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('LEAVE_REQUEST')")
	@Operation(summary = "申请请假 Request leave (for oneself, or by the township for a cadre of its villages)")
	LeaveView create(@Valid @RequestBody LeaveCommand command) {
		return leave.view(leave.request(command));
	}

	@GetMapping("/api/v1/leave/{id}")
	@PreAuthorize("hasAuthority('LEAVE_READ')")
	@Operation(summary = "请假详情 One request with each decision")
	LeaveView get(@PathVariable long id) {
		return leave.view(leave.get(id));
	}

	@PostMapping("/api/v1/leave/{id}/decision")
	@PreAuthorize("hasAuthority('LEAVE_APPROVE')")
	@Operation(summary = "审批 Approve or refuse as the caller's office; 409 when already decided (SEC-8)")
	LeaveView decide(@PathVariable long id, @Valid @RequestBody DecisionCommand command) {
		return leave.view(leave.decide(id, command));
	}

	@PostMapping("/api/v1/leave/{id}/withdrawal")
	@PreAuthorize("hasAuthority('LEAVE_REQUEST')")
	@Operation(summary = "撤回 Withdraw a pending request")
	LeaveView withdraw(@PathVariable long id) {
		return leave.view(leave.withdraw(id));
	}

	@PostMapping("/api/v1/leave/{id}/return")
	@PreAuthorize("hasAuthority('LEAVE_REQUEST')")
	@Operation(summary = "销假 Report the return from approved leave with the actual date (LEA-3)")
	LeaveView reportReturn(@PathVariable long id, @Valid @RequestBody ReturnCommand command) {
		return leave.view(leave.reportReturn(id, command));
	}

}
