package org.zhucun.personnel.assignment;

import java.util.List;

import jakarta.validation.Valid;

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

/** A person's postings over the API (PER-2). */
@RestController
@Tag(name = "人员 Personnel")
class AssignmentApiController {

	private final AssignmentService assignments;

	AssignmentApiController(AssignmentService assignments) {
		this.assignments = assignments;
	}

	@GetMapping("/api/v1/personnel/{id}/assignments")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(summary = "派驻经历 A person's postings, newest first")
	List<AssignmentView> history(@PathVariable long id) {
		return assignments.history(id).stream().map(a -> AssignmentView.of(a, assignments.villageName(a))).toList();
	}

	@PostMapping("/api/v1/personnel/{id}/assignments")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	@Operation(summary = "派驻到村 Post a person to a village (one active posting at a time)")
	AssignmentView assign(@PathVariable long id, @Valid @RequestBody AssignmentCommand command) {
		Assignment a = assignments.assign(id, command);
		return AssignmentView.of(a, assignments.villageName(a));
	}

}
