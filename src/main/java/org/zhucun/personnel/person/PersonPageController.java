package org.zhucun.personnel.person;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.zhucun.common.web.ConflictException;
import org.zhucun.common.web.FormErrors;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.common.web.NotFoundException;
import org.zhucun.personnel.AssignmentRole;
import org.zhucun.personnel.assignment.Assignment;
import org.zhucun.personnel.assignment.AssignmentService;

/** Pages of the person records: list, one person, the audited full view, and the masked export. */
@Controller
class PersonPageController {

	private final PersonService people;

	private final PersonWorkbook workbook;

	private final AssignmentService assignments;

	private final org.springframework.context.MessageSource messages;

	private final PersonRows rows;

	private final PersonFilterChoices choices;

	private final org.zhucun.personnel.publication.PublicationService publication;

	PersonPageController(PersonService people, PersonWorkbook workbook, AssignmentService assignments,
			org.springframework.context.MessageSource messages, PersonRows rows, PersonFilterChoices choices,
			org.zhucun.personnel.publication.PublicationService publication) {
		this.publication = publication;
		this.messages = messages;
		this.rows = rows;
		this.choices = choices;
		this.people = people;
		this.workbook = workbook;
		this.assignments = assignments;
	}

	@GetMapping("/personnel")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	String list(@ModelAttribute("filter") PersonFilterForm filter, @RequestParam(defaultValue = "0") int page,
			Model model) {
		var found = people.search(filter.toFilter(), PageRequest.of(Math.max(0, page), 20, Sort.by("name", "id")));
		model.addAttribute("people", found);
		model.addAttribute("rows", rows.of(found.getContent()));
		model.addAttribute("choices", choices.of(filter));
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("menu.personnel", "/personnel")));
		return "personnel/people";
	}

	@GetMapping("/personnel/new")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	String newPerson(Model model) {
		model.addAttribute("command", PersonForm.empty());
		return formView(null, model);
	}

	@PostMapping("/personnel")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	String create(@Valid @ModelAttribute("command") PersonForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				if (form.getIdNumber() == null || form.getIdNumber().isBlank()) {
					throw new InvalidInputException("idNumber", "validation.required");
				}
				Person person = people.create(form.toCreateCommand());
				redirect.addFlashAttribute("flash", text("person.created", person.getName()));
				return "redirect:/personnel/" + person.getId();
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return formView(null, model);
	}

	@GetMapping("/personnel/{id}/edit")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	String edit(@PathVariable long id, Model model) {
		Person person = people.get(id);
		model.addAttribute("command", PersonForm.of(person, people.unitCode(person)));
		return formView(person, model);
	}

	@PostMapping("/personnel/{id}")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	String update(@PathVariable long id, @Valid @ModelAttribute("command") PersonForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Person person = people.get(id);
		if (!result.hasErrors()) {
			try {
				people.update(id, form.toUpdateCommand());
				redirect.addFlashAttribute("flash", text("person.saved", person.getName()));
				return "redirect:/personnel/" + id;
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex);
			}
			catch (ConflictException ex) {
				result.reject(ex.messageKey(), ex.args(), ex.messageKey());
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				return formView(person, model);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return formView(person, model);
	}

	private String formView(Person person, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("statuses", org.zhucun.personnel.PoliticalStatus.values());
		model.addAttribute("units", people.writableUnits());
		model.addAttribute("breadcrumbs", person == null
				? List.of(Breadcrumb.key("menu.personnel", "/personnel"), Breadcrumb.key("person.new", null))
				: List.of(Breadcrumb.key("menu.personnel", "/personnel"),
						Breadcrumb.name(person.getName(), "/personnel/" + person.getId()), Breadcrumb.key("person.edit", null)));
		return "personnel/person-form";
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	@GetMapping("/personnel/{id}")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	String person(@PathVariable long id, Model model) {
		return detail(people.get(id), null, model);
	}

	/** PER-2: a linked cadre's own record. */
	@GetMapping("/personnel/me")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	String own() {
		return people.own().map(p -> "redirect:/personnel/" + p.getId())
			.orElseThrow(() -> new NotFoundException("person.error.notLinked"));
	}

	/** PER-2: links a dispatched cadre's account to the record. */
	@PostMapping("/personnel/{id}/account")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	String linkAccount(@PathVariable long id, @RequestParam(required = false) String username, Model model,
			RedirectAttributes redirect) {
		try {
			people.linkAccount(id, username);
		}
		catch (InvalidInputException ex) {
			var problem = ex.fieldProblems().get(0);
			model.addAttribute("accountError", text(problem.messageKey(), problem.args()));
			model.addAttribute("username", username);
			return detail(people.get(id), null, model);
		}
		redirect.addFlashAttribute("flash", text("person.account.linked"));
		return "redirect:/personnel/" + id;
	}

	@PostMapping("/personnel/{id}/account/unlink")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	String unlinkAccount(@PathVariable long id, RedirectAttributes redirect) {
		people.unlinkAccount(id);
		redirect.addFlashAttribute("flash", text("person.account.unlinked"));
		return "redirect:/personnel/" + id;
	}

	@PostMapping("/personnel/{id}/reveal")
	@PreAuthorize("hasAuthority('PERSONAL_DATA_VIEW')")
	String reveal(@PathVariable long id, Model model) {
		Person person = people.get(id);
		return detail(person, people.reveal(id), model);
	}

	/** PER-5: the filtered list as .xlsx, masked (SEC-5). */
	@GetMapping("/personnel/export.xlsx")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	ResponseEntity<byte[]> export(@ModelAttribute("filter") PersonFilterForm filter) {
		byte[] body = workbook.export(rows.of(people.all(filter.toFilter())), LocaleContextHolder.getLocale());
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("personnel.xlsx").build().toString())
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(body);
	}

	/** One line of a person's postings, with the village's name. */
	public record PostingRow(Assignment assignment, String villageName) {
	}

	private String detail(Person person, PersonService.FullPersonalData full, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("unitName", people.unitName(person));
		model.addAttribute("hasPhoto", publication.hasPhoto(person.getId()));
		model.addAttribute("full", full);
		model.addAttribute("linkedAccount", people.linkedAccount(person.getId()).orElse(null));
		model.addAttribute("villageLinks", !people.seesOnlyOwnRecord());
		model.addAttribute("assignments", assignments.history(person.getId()).stream()
			.map(a -> new PostingRow(a, assignments.villageName(a))).toList());
		model.addAttribute("roles", AssignmentRole.values());
		model.addAttribute("replacementRequests",
				assignments.replacementRequests(person.getId()).stream().filter(r -> r.isOpen()).toList());
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("menu.personnel", "/personnel"),
				Breadcrumb.name(person.getName(), null)));
		return "personnel/person";
	}

}
