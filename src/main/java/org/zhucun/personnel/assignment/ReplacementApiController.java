package org.zhucun.personnel.assignment;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** PER-4 over the API: withdrawal, successor, a village's history, open replacements. */
@RestController
@Tag(name = "人员 Personnel")
class ReplacementApiController {

	private final AssignmentService assignments;

	ReplacementApiController(AssignmentService assignments) {
		this.assignments = assignments;
	}

	@PostMapping("/api/v1/assignments/{id}/withdrawal")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	@Operation(summary = "撤换：结束派驻并记录原因，可同时派出接替人员 Withdraw a person, optionally with a successor")
	AssignmentView withdraw(@PathVariable long id, @Valid @RequestBody WithdrawalCommand command) {
		Assignment a = assignments.withdraw(id, command);
		return AssignmentView.of(a, assignments.villageName(a));
	}

	@PostMapping("/api/v1/assignments/{id}/successor")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	@Operation(summary = "为待补派的撤换派出接替人员 Post the successor of an open replacement")
	AssignmentView successor(@PathVariable long id, @Valid @RequestBody Successor body) {
		Assignment a = assignments.succeed(id, body.personId(), body.startDate());
		return AssignmentView.of(a, assignments.villageName(a));
	}

	@GetMapping("/api/v1/villages/{villageId}/postings")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(summary = "村的派驻历史 A village's postings, newest first")
	List<AssignmentView> villageHistory(@PathVariable long villageId) {
		return assignments.villageHistory(villageId).stream().map(a -> AssignmentView.of(a, assignments.villageName(a))).toList();
	}

	@GetMapping("/api/v1/replacements")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(summary = "待补派的撤换 Withdrawals waiting for a successor")
	List<AssignmentView> openReplacements() {
		return assignments.openReplacements().stream().map(a -> AssignmentView.of(a, assignments.villageName(a))).toList();
	}

	record Successor(@NotNull(message = "{validation.required}") Long personId,
			@NotNull(message = "{validation.required}") LocalDate startDate) {
	}

}
