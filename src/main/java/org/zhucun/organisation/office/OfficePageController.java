package org.zhucun.organisation.office;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.common.ui.Breadcrumb;
import org.zhucun.common.web.FormErrors;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.organisation.OfficeKind;

/** Pages of the offices of ORG-4: list, create, deactivate. */
@Controller
class OfficePageController {

	private final OfficeService offices;

	private final MessageSource messages;

	OfficePageController(OfficeService offices, MessageSource messages) {
		this.offices = offices;
		this.messages = messages;
	}

	@GetMapping("/org/offices")
	@PreAuthorize("hasAuthority('OFFICE_READ')")
	String list(Model model) {
		model.addAttribute("offices", offices.list());
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("menu.offices", "/org/offices")));
		return "organisation/offices";
	}

	@GetMapping("/org/offices/new")
	@PreAuthorize("hasAuthority('OFFICE_WRITE')")
	String newOffice(Model model) {
		model.addAttribute("command", OfficeCommand.empty());
		return formView(model);
	}

	@PostMapping("/org/offices")
	@PreAuthorize("hasAuthority('OFFICE_WRITE')")
	String create(@Valid @ModelAttribute("command") OfficeCommand command, BindingResult result, Model model,
			HttpServletResponse response,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return formView(model);
		}
		try {
			Office office = offices.create(command);
			redirect.addFlashAttribute("flash", text("office.created", office.getName()));
			return "redirect:/org/offices";
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return formView(model);
		}
	}

	@PostMapping("/org/offices/{id}/deactivate")
	@PreAuthorize("hasAuthority('OFFICE_WRITE')")
	String deactivate(@PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", text("office.deactivated", offices.deactivate(id).getName()));
		return "redirect:/org/offices";
	}

	@PostMapping("/org/offices/{id}/reactivate")
	@PreAuthorize("hasAuthority('OFFICE_WRITE')")
	String reactivate(@PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", text("office.reactivated", offices.reactivate(id).getName()));
		return "redirect:/org/offices";
	}

	private String formView(Model model) {
		model.addAttribute("kinds", OfficeKind.values());
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("menu.offices", "/org/offices"),
				Breadcrumb.key("office.new.title", null)));
		return "organisation/office-form";
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
