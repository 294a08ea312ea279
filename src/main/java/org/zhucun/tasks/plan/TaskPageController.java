package org.zhucun.tasks.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.common.excel.XlsxTemplates;
import org.zhucun.common.ui.Breadcrumb;
import org.zhucun.common.web.ConflictException;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.document.DocumentResponses;
import org.zhucun.tasks.Duty;

/** The task register's pages (TSK-1, TSK-2): the plans of a year, one plan with its tasks, the export. */
@Controller
class TaskPageController {

	private final TaskService service;

	private final TaskWorkbook workbook;

	private final MessageSource messages;

	private final Clock clock;

	TaskPageController(TaskService service, TaskWorkbook workbook, MessageSource messages, Clock clock) {
		this.service = service;
		this.workbook = workbook;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/tasks")
	@PreAuthorize("hasAuthority('TASK_READ')")
	String list(@RequestParam(required = false) Integer year, Model model) {
		int shown = year != null ? year : LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).getYear();
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("tasks.title", null)));
		model.addAttribute("year", shown);
		model.addAttribute("plans", service.plans(shown));
		model.addAttribute("ownPosting", service.ownPosting().orElse(null));
		model.addAttribute("kinds", PlanKind.values());
		return "tasks/list";
	}

	@GetMapping("/tasks/export.xlsx")
	@PreAuthorize("hasAuthority('TASK_READ')")
	ResponseEntity<byte[]> export(@RequestParam int year) {
		return XlsxTemplates.attachment(text("tasks.export.fileName", String.valueOf(year)),
				workbook.write(service.planTasks(year), LocaleContextHolder.getLocale()));
	}

	@GetMapping("/tasks/plans/{id}")
	@PreAuthorize("hasAuthority('TASK_READ')")
	String plan(@PathVariable long id, Model model) {
		PlanView plan = service.plan(id);
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("tasks.title", "/tasks?year=" + plan.row().year()),
				Breadcrumb.name(plan.row().name(), null)));
		model.addAttribute("plan", plan);
		model.addAttribute("duties", Duty.values());
		model.addAttribute("documentKinds", PlanDocumentKind.values());
		return "tasks/plan";
	}

	@PostMapping("/tasks/plans")
	@PreAuthorize("hasAnyAuthority('TASK_WRITE', 'TASK_REVIEW')")
	String create(@RequestParam(required = false) PlanKind kind, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Long personId, @RequestParam(required = false) String villageCode,
			RedirectAttributes redirect) {
		// a foreign person or village slipped into the form is refused as a bad request (ORG-5)
		try {
			return "redirect:/tasks/plans/" + service.create(new PlanCommand(kind, year, personId, villageCode)).getId();
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", text(ex.messageKey(), ex.args()));
			return "redirect:/tasks" + (year == null ? "" : "?year=" + year);
		}
	}

	@PostMapping("/tasks/plans/{id}/tasks")
	@PreAuthorize("hasAnyAuthority('TASK_WRITE', 'TASK_REVIEW')")
	String addTask(@PathVariable long id, @RequestParam(required = false) Duty duty,
			@RequestParam(required = false) String description, @RequestParam(required = false) String target,
			RedirectAttributes redirect) {
		return step(id, redirect, "tasks.added", () -> service.addTask(id, new TaskCommand(duty, description, target)).getPlanId());
	}

	@PostMapping("/tasks/tasks/{id}/remove")
	@PreAuthorize("hasAnyAuthority('TASK_WRITE', 'TASK_REVIEW')")
	String removeTask(@PathVariable long id, @RequestParam long planId, RedirectAttributes redirect) {
		return step(planId, redirect, "tasks.removed", () -> service.removeTask(id).getId());
	}

	@PostMapping("/tasks/plans/{id}/submit")
	@PreAuthorize("hasAnyAuthority('TASK_WRITE', 'TASK_REVIEW')")
	String submit(@PathVariable long id, RedirectAttributes redirect) {
		return step(id, redirect, "tasks.submitted", () -> service.submit(id).getId());
	}

	@PostMapping("/tasks/plans/{id}/agree")
	@PreAuthorize("hasAuthority('TASK_REVIEW')")
	String agree(@PathVariable long id, RedirectAttributes redirect) {
		return step(id, redirect, "tasks.agreedFlash", () -> service.agree(id).getId());
	}

	@PostMapping("/tasks/tasks/{id}/outcome")
	@PreAuthorize("hasAuthority('TASK_REVIEW')")
	String mark(@PathVariable long id, @RequestParam long planId, @RequestParam(required = false) Boolean done,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return step(planId, redirect, "tasks.marked", () -> service.mark(id, new OutcomeCommand(done, note)).getPlanId());
	}

	@PostMapping("/tasks/plans/{id}/documents")
	@PreAuthorize("hasAnyAuthority('TASK_WRITE', 'TASK_REVIEW')")
	String attach(@PathVariable long id, @RequestParam(required = false) PlanDocumentKind kind,
			@RequestParam(required = false) Long taskId, @RequestParam(name = "file", required = false) MultipartFile file,
			RedirectAttributes redirect) {
		return step(id, redirect, "tasks.attached", () -> service.attach(id, kind, taskId,
				file == null ? null : file.getOriginalFilename(), bytes(file)).getPlanId());
	}

	@GetMapping("/tasks/documents/{id}")
	@PreAuthorize("hasAuthority('TASK_READ')")
	ResponseEntity<byte[]> document(@PathVariable long id) {
		return DocumentResponses.attachment(service.document(id));
	}

	static byte[] bytes(MultipartFile file) {
		try {
			return file == null ? new byte[0] : file.getBytes();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** One step on a plan: back to the plan the step changed, with a note, or with the problem on the same page. */
	private String step(long planId, RedirectAttributes redirect, String done, Supplier<Long> work) {
		try {
			long changed = work.get();
			redirect.addFlashAttribute("flash", text(done));
			return "redirect:/tasks/plans/" + changed;
		}
		catch (InvalidInputException | ConflictException ex) {
			service.plan(planId);
			redirect.addFlashAttribute("problem", text(ex.messageKey(), ex.args()));
			return "redirect:/tasks/plans/" + planId;
		}
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
