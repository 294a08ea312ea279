package org.zhucun.personnel.assignment;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import java.util.List;

import org.zhucun.common.ui.Breadcrumb;
import org.zhucun.common.web.InvalidInputException;

/** The posting form on a person's page (PER-2); refusals come back as a clear message. */
@Controller
class AssignmentPageController {

	private final AssignmentService assignments;

	private final MessageSource messages;

	AssignmentPageController(AssignmentService assignments, MessageSource messages) {
		this.assignments = assignments;
		this.messages = messages;
	}

	@PostMapping("/personnel/assignments/{id}/withdraw")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	String withdraw(@PathVariable long id, @Valid @ModelAttribute WithdrawalCommand command, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			var first = result.getFieldErrors().get(0);
			throw new InvalidInputException(first.getField(), "assignment.error.form",
					messages.getMessage("assignment." + first.getField(), null, first.getField(), LocaleContextHolder.getLocale()));
		}
		Assignment withdrawn = assignments.withdraw(id, command);
		redirect.addFlashAttribute("flash", messages.getMessage("assignment.withdrawn", null, LocaleContextHolder.getLocale()));
		return "redirect:/personnel/" + withdrawn.getPersonId();
	}

	@GetMapping("/personnel/villages/{villageId}")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	String villageHistory(@PathVariable long villageId, Model model) {
		var postings = assignments.villageHistory(villageId);
		model.addAttribute("postings", postings.stream().map(a -> new HistoryLine(a, assignments.personName(a))).toList());
		model.addAttribute("villageName", assignments.villageNameOf(villageId));
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("menu.personnel", "/personnel"),
				Breadcrumb.key("assignment.villageHistory", null)));
		return "personnel/village-history";
	}

	/** One line of a village's history. */
	public record HistoryLine(Assignment assignment, String personName) {
	}

	@PostMapping("/personnel/{id}/assignments")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	String assign(@PathVariable long id, @Valid @ModelAttribute AssignmentCommand command, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			var first = result.getFieldErrors().get(0);
			throw new InvalidInputException(first.getField(), "assignment.error.form",
					messages.getMessage("assignment." + first.getField(), null, first.getField(), LocaleContextHolder.getLocale()));
		}
		assignments.assign(id, command);
		redirect.addFlashAttribute("flash", messages.getMessage("assignment.created", null, LocaleContextHolder.getLocale()));
		return "redirect:/personnel/" + id;
	}

}
