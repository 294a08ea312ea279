package org.zhucun.leave.request;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.common.ui.Breadcrumb;
import org.zhucun.common.web.DomainException;
import org.zhucun.common.web.FormErrors;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.leave.rules.LeaveState;

/**
 * The leave pages (LEA-1..3): the list (mine, awaiting my decision, all in my scope; by state), the
 * request form with the working days counted live (htmx), and one request with its decisions and
 * the buttons the user may use. The rules are the service's, the same as the API's.
 */
@Controller
class LeavePageController {

	private static final int PAGE_SIZE = 50;

	private final LeaveService leave;

	private final MessageSource messages;

	LeavePageController(LeaveService leave, MessageSource messages) {
		this.leave = leave;
		this.messages = messages;
	}

	@GetMapping("/leave")
	@PreAuthorize("hasAuthority('LEAVE_READ')")
	String list(@RequestParam(required = false) LeaveFilter.Box box, @RequestParam(required = false) LeaveState state,
			@RequestParam(defaultValue = "0") int page, Model model) {
		var filter = new LeaveFilter(box, state);
		var found = leave.search(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE,
				Sort.by(Sort.Order.desc("startDate"), Sort.Order.desc("id"))));
		model.addAttribute("requests", found.getContent().stream().map(leave::view).toList());
		model.addAttribute("page", found);
		model.addAttribute("filter", filter);
		model.addAttribute("boxes", LeaveFilter.Box.values());
		model.addAttribute("states", LeaveState.values());
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("menu.leave", null)));
		return "leave/list";
	}

	@GetMapping("/leave/new")
	@PreAuthorize("hasAuthority('LEAVE_REQUEST')")
	String newForm(Model model) {
		var people = leave.requestablePeople();
		model.addAttribute("command", new LeaveCommand(people.size() == 1 ? people.get(0).personId() : null, null, null, null));
		return form(model);
	}

	@PostMapping("/leave")
	@PreAuthorize("hasAuthority('LEAVE_REQUEST')")
	String create(@Valid @ModelAttribute("command") LeaveCommand command, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				LeaveRequest created = leave.request(command);
				redirect.addFlashAttribute("flash", text("leave.created"));
				return "redirect:/leave/" + created.getId();
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return form(model);
	}

	/** The live count under the form: "共 N 个工作日，由 … 审批", or why the range cannot be requested. */
	@GetMapping("/leave/preview")
	@PreAuthorize("hasAuthority('LEAVE_REQUEST')")
	String preview(@RequestParam(required = false) Long personId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate, Model model) {
		if (startDate != null && endDate != null) {
			try {
				model.addAttribute("preview", leave.preview(personId, startDate, endDate));
			}
			catch (InvalidInputException ex) {
				var problem = ex.fieldProblems().get(0);
				model.addAttribute("previewError", text(problem.messageKey(), problem.args()));
			}
		}
		return "leave/form :: preview";
	}

	@GetMapping("/leave/{id}")
	@PreAuthorize("hasAuthority('LEAVE_READ')")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("request", leave.view(leave.get(id)));
		model.addAttribute("today", leave.today());
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("menu.leave", "/leave"),
				Breadcrumb.key("leave.detail", null)));
		return "leave/detail";
	}

	@PostMapping("/leave/{id}/decision")
	@PreAuthorize("hasAuthority('LEAVE_APPROVE')")
	String decide(@PathVariable long id, @RequestParam boolean approve, @RequestParam(required = false) String opinion,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return act(id, () -> leave.decide(id, new DecisionCommand(approve, opinion)), "leave.decided", model, response,
				redirect);
	}

	@PostMapping("/leave/{id}/withdraw")
	@PreAuthorize("hasAuthority('LEAVE_REQUEST')")
	String withdraw(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return act(id, () -> leave.withdraw(id), "leave.withdrawn", model, response, redirect);
	}

	@PostMapping("/leave/{id}/return")
	@PreAuthorize("hasAuthority('LEAVE_REQUEST')")
	String reportReturn(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate returnedOn, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (returnedOn == null) {
			leave.get(id);
			return refused(id, new InvalidInputException("returnedOn", "validation.required"), model, response);
		}
		return act(id, () -> leave.reportReturn(id, new ReturnCommand(returnedOn)), "leave.returnReported", model,
				response, redirect);
	}

	/**
	 * Runs one step; a refusal the user can act on (a missing opinion, a late decision: 409) is shown
	 * on the request's page; a request out of scope stays a plain 404.
	 */
	private String act(long id, Runnable step, String done, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			step.run();
		}
		catch (InvalidInputException | org.zhucun.common.web.ConflictException | NotAnApproverException ex) {
			return refused(id, ex, model, response);
		}
		redirect.addFlashAttribute("flash", text(done));
		return "redirect:/leave/" + id;
	}

	private String refused(long id, DomainException ex, Model model, HttpServletResponse response) {
		response.setStatus(ex.status().value());
		model.addAttribute("actionError", text(ex.messageKey(), ex.args()));
		return detail(id, model);
	}

	private String form(Model model) {
		model.addAttribute("people", leave.requestablePeople());
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("menu.leave", "/leave"), Breadcrumb.key("leave.new", null)));
		return "leave/form";
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
