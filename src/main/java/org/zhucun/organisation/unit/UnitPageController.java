package org.zhucun.organisation.unit;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
import org.zhucun.common.web.FormErrors;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.organisation.UnitType;

/** Pages of the dispatching units: list with search and type filter, create, edit, deactivate. */
@Controller
class UnitPageController {

	private static final int PAGE_SIZE = 20;

	private final DispatchingUnitService units;

	private final MessageSource messages;

	UnitPageController(DispatchingUnitService units, MessageSource messages) {
		this.units = units;
		this.messages = messages;
	}

	@GetMapping("/org/units")
	@PreAuthorize("hasAuthority('UNIT_READ')")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) UnitType type,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("type", type);
		model.addAttribute("types", UnitType.values());
		model.addAttribute("units",
				units.search(q, type, PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("level", "code"))));
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("menu.units", "/org/units")));
		return "organisation/units";
	}

	@GetMapping("/org/units/new")
	@PreAuthorize("hasAuthority('UNIT_WRITE')")
	String newUnit(Model model) {
		model.addAttribute("command", UnitCommand.empty());
		return formView(model, null);
	}

	@PostMapping("/org/units")
	@PreAuthorize("hasAuthority('UNIT_WRITE')")
	String create(@Valid @ModelAttribute("command") UnitCommand command, BindingResult result, Model model,
			HttpServletResponse response,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return formView(model, null);
		}
		try {
			DispatchingUnit unit = units.create(command);
			redirect.addFlashAttribute("flash", text("unit.created", unit.getName()));
			return "redirect:/org/units";
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return formView(model, null);
		}
	}

	@GetMapping("/org/units/{id}/edit")
	@PreAuthorize("hasAuthority('UNIT_WRITE')")
	String edit(@PathVariable long id, Model model) {
		DispatchingUnit unit = units.get(id);
		model.addAttribute("command", UnitCommand.of(unit));
		return formView(model, unit);
	}

	@PostMapping("/org/units/{id}")
	@PreAuthorize("hasAuthority('UNIT_WRITE')")
	String update(@PathVariable long id, @Valid @ModelAttribute("command") UnitCommand command, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		DispatchingUnit unit = units.get(id);
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return formView(model, unit);
		}
		try {
			units.update(id, command);
			redirect.addFlashAttribute("flash", text("unit.updated", command.name()));
			return "redirect:/org/units";
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return formView(model, unit);
		}
	}

	@PostMapping("/org/units/{id}/deactivate")
	@PreAuthorize("hasAuthority('UNIT_WRITE')")
	String deactivate(@PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", text("unit.deactivated", units.deactivate(id).getName()));
		return "redirect:/org/units";
	}

	@PostMapping("/org/units/{id}/reactivate")
	@PreAuthorize("hasAuthority('UNIT_WRITE')")
	String reactivate(@PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", text("unit.reactivated", units.reactivate(id).getName()));
		return "redirect:/org/units";
	}

	private String formView(Model model, DispatchingUnit editing) {
		model.addAttribute("editing", editing);
		model.addAttribute("types", UnitType.values());
		List<Breadcrumb> crumbs = new ArrayList<>(List.of(Breadcrumb.key("menu.units", "/org/units")));
		crumbs.add(editing != null ? Breadcrumb.name(editing.getName(), null) : Breadcrumb.key("unit.new.title", null));
		model.addAttribute("breadcrumbs", crumbs);
		return "organisation/unit-form";
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
