package org.zhucun.tasks.plan;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhucun.document.DocumentResponses;

/** The task register in JSON (TSK-1, TSK-2): the same service, rules and scope as the pages. */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Task register", description = "TSK-1/2: yearly work plans, their tasks under the five duties, year-end outcomes")
class TaskApiController {

	private final TaskService service;

	TaskApiController(TaskService service) {
		this.service = service;
	}

	@GetMapping("/plans")
	@PreAuthorize("hasAuthority('TASK_READ')")
	@Operation(summary = "The work plans of a year within the data scope, with their task counts")
	List<PlanRow> plans(@RequestParam int year) {
		return service.plans(year);
	}

	@GetMapping("/plans/{id}")
	@PreAuthorize("hasAuthority('TASK_READ')")
	@Operation(summary = "One work plan with its tasks")
	PlanView plan(@PathVariable long id) {
		return service.plan(id);
	}

	@PostMapping("/plans")
	@PreAuthorize("hasAnyAuthority('TASK_WRITE', 'TASK_REVIEW')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open a draft plan: a cadre their own or their team's; the township for a person (personId) or team (villageCode)")
	PlanView create(@RequestBody PlanCommand command) {
		return service.plan(service.create(command).getId());
	}

	@PostMapping("/plans/{id}/tasks")
	@PreAuthorize("hasAnyAuthority('TASK_WRITE', 'TASK_REVIEW')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a task (the author while the plan is a draft; the township at any time)")
	PlanView addTask(@PathVariable long id, @RequestBody TaskCommand command) {
		return service.plan(service.addTask(id, command).getPlanId());
	}

	@DeleteMapping("/tasks/{taskId}")
	@PreAuthorize("hasAnyAuthority('TASK_WRITE', 'TASK_REVIEW')")
	@Operation(summary = "Remove a task not yet marked")
	PlanView removeTask(@PathVariable long taskId) {
		return service.plan(service.removeTask(taskId).getId());
	}

	@PostMapping("/plans/{id}/submission")
	@PreAuthorize("hasAnyAuthority('TASK_WRITE', 'TASK_REVIEW')")
	@Operation(summary = "Submit the draft to the township")
	PlanView submit(@PathVariable long id) {
		return service.plan(service.submit(id).getId());
	}

	@PostMapping("/plans/{id}/agreement")
	@PreAuthorize("hasAuthority('TASK_REVIEW')")
	@Operation(summary = "The township agrees the plan; it is then locked except through the township")
	PlanView agree(@PathVariable long id) {
		return service.plan(service.agree(id).getId());
	}

	@PostMapping(path = "/plans/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAnyAuthority('TASK_WRITE', 'TASK_REVIEW')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Attach a document: a team plan of Annex 1 (kind WORK_PLAN, ANNUAL_SCHEME, DEVELOPMENT_PLAN, "
			+ "CONSTRUCTION_SCHEME) or a task's evidence (kind EVIDENCE with taskId); PDF, JPEG, PNG, DOCX or XLSX")
	PlanView attach(@PathVariable long id, @RequestParam PlanDocumentKind kind, @RequestParam(required = false) Long taskId,
			@RequestPart("file") MultipartFile file) {
		return service.plan(service.attach(id, kind, taskId, file.getOriginalFilename(), TaskPageController.bytes(file))
			.getPlanId());
	}

	@GetMapping("/documents/{documentId}")
	@PreAuthorize("hasAuthority('TASK_READ')")
	@Operation(summary = "Download a document of a plan (always as an attachment)")
	ResponseEntity<byte[]> document(@PathVariable long documentId) {
		return DocumentResponses.attachment(service.document(documentId));
	}

	@PutMapping("/tasks/{taskId}/outcome")
	@PreAuthorize("hasAuthority('TASK_REVIEW')")
	@Operation(summary = "The township marks a task of an agreed plan done or not done, with a note (TSK-2)")
	PlanView mark(@PathVariable long taskId, @RequestBody OutcomeCommand command) {
		return service.plan(service.mark(taskId, command).getPlanId());
	}

}
