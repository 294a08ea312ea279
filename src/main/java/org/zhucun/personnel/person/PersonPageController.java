package org.zhucun.personnel.person;

import java.util.List;

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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.common.ui.Breadcrumb;
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

	PersonPageController(PersonService people, PersonWorkbook workbook, AssignmentService assignments,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.people = people;
		this.workbook = workbook;
		this.assignments = assignments;
	}

	@GetMapping("/personnel")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("people", people.search(q, PageRequest.of(Math.max(0, page), 20, Sort.by("name"))));
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("menu.personnel", "/personnel")));
		return "personnel/people";
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
			model.addAttribute("accountError", messages.getMessage(problem.messageKey(), problem.args(), LocaleContextHolder.getLocale()));
			model.addAttribute("username", username);
			return detail(people.get(id), null, model);
		}
		redirect.addFlashAttribute("flash", messages.getMessage("person.account.linked", null, LocaleContextHolder.getLocale()));
		return "redirect:/personnel/" + id;
	}

	@PostMapping("/personnel/{id}/account/unlink")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	String unlinkAccount(@PathVariable long id, RedirectAttributes redirect) {
		people.unlinkAccount(id);
		redirect.addFlashAttribute("flash", messages.getMessage("person.account.unlinked", null, LocaleContextHolder.getLocale()));
		return "redirect:/personnel/" + id;
	}

	@PostMapping("/personnel/{id}/reveal")
	@PreAuthorize("hasAuthority('PERSONAL_DATA_VIEW')")
	String reveal(@PathVariable long id, Model model) {
		Person person = people.get(id);
		return detail(person, people.reveal(id), model);
	}

	@GetMapping("/personnel/export.xlsx")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	ResponseEntity<byte[]> export() {
		byte[] body = workbook.export(people.all(), people::unitName, LocaleContextHolder.getLocale());
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
		model.addAttribute("full", full);
		model.addAttribute("linkedAccount", people.linkedAccount(person.getId()).orElse(null));
		model.addAttribute("assignments", assignments.history(person.getId()).stream()
			.map(a -> new PostingRow(a, assignments.villageName(a))).toList());
		model.addAttribute("roles", AssignmentRole.values());
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("menu.personnel", "/personnel"),
				Breadcrumb.name(person.getName(), null)));
		return "personnel/person";
	}

}
