package org.zhucun.personnel.assignment;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
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
