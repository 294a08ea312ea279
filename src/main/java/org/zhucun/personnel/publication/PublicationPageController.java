package org.zhucun.personnel.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
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
import org.zhucun.common.ui.Breadcrumb;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.common.web.NotFoundException;

/**
 * Pages of a person's publication (CON-1, PER-1): photo, contact consent and commitments, edited by
 * the person or a PERSON_WRITE holder; and the township's approval queue for commitments.
 */
@Controller
class PublicationPageController {

	private final PublicationService publication;

	private final MessageSource messages;

	PublicationPageController(PublicationService publication, MessageSource messages) {
		this.publication = publication;
		this.messages = messages;
	}

	@GetMapping("/personnel/{id}/publication")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	String page(@PathVariable long id, Model model) {
		return page(id, model, null, null);
	}

	/** PER-1: the photo, to logged-in users who may see the record (ORG-5). */
	@GetMapping("/personnel/{id}/photo")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	ResponseEntity<byte[]> photo(@PathVariable long id) {
		return photoResponse(publication.photo(id).orElseThrow(() -> new NotFoundException("photo.error.none")));
	}

	static ResponseEntity<byte[]> photoResponse(PersonPhoto photo) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore().cachePrivate())
			.contentType(MediaType.IMAGE_JPEG)
			.body(photo.getContent());
	}

	@PostMapping("/personnel/{id}/photo")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	String uploadPhoto(@PathVariable long id, @RequestParam(name = "photo", required = false) MultipartFile file,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return onPage(id, "photo", "photo.saved", () -> publication.uploadPhoto(id, bytes(file)), model, response, redirect);
	}

	@PostMapping("/personnel/{id}/public-contact")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	String contact(@PathVariable long id, @RequestParam(required = false) ContactKind kind,
			@RequestParam(required = false) String officePhone, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		model.addAttribute("officePhone", officePhone);
		return onPage(id, "contact", "publication.contact.saved", () -> publication.setContact(id, kind, officePhone),
				model, response, redirect);
	}

	@PostMapping("/personnel/{id}/commitment")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	String saveCommitment(@PathVariable long id, @RequestParam(required = false) String duties,
			@RequestParam(required = false) String goals, @RequestParam(required = false) String service,
			@RequestParam(required = false) String discipline, @RequestParam(required = false) String submit,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		CommitmentText text = new CommitmentText(duties, goals, service, discipline);
		model.addAttribute("draft", text);
		return onPage(id, "commitment", submit != null ? "commitment.submitted" : "commitment.saved", () -> {
			if (tooLong(text)) {
				throw new InvalidInputException("commitment", "validation.tooLong");
			}
			publication.saveDraft(id, text);
			if (submit != null) {
				publication.submit(id);
			}
		}, model, response, redirect);
	}

	@PostMapping("/personnel/{id}/commitment/submit")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	String submit(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return onPage(id, "commitment", "commitment.submitted", () -> publication.submit(id), model, response, redirect);
	}

	/** CON-1: the township's queue of commitments waiting for approval. */
	@GetMapping("/personnel/commitments")
	@PreAuthorize("hasAuthority('COMMITMENT_APPROVE')")
	String queue(Model model) {
		return queue(model, null, null);
	}

	@PostMapping("/personnel/commitments/{id}/approve")
	@PreAuthorize("hasAuthority('COMMITMENT_APPROVE')")
	String approve(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return onQueue(id, "commitment.approved", () -> publication.approve(id), model, response, redirect);
	}

	@PostMapping("/personnel/commitments/{id}/return")
	@PreAuthorize("hasAuthority('COMMITMENT_APPROVE')")
	String giveBack(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return onQueue(id, "commitment.returned", () -> publication.giveBack(id, reason), model, response, redirect);
	}

	/** Does one step on the person's publication page; a refused input is shown in its section (400). */
	private String onPage(long id, String section, String doneKey, Runnable step, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			step.run();
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(id, model, section, message(ex));
		}
		redirect.addFlashAttribute("flash", text(doneKey));
		return "redirect:/personnel/" + id + "/publication";
	}

	/** Does one decision in the approval queue; a refused input is shown beside the commitment (400). */
	private String onQueue(long id, String doneKey, Runnable step, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			step.run();
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return queue(model, id, message(ex));
		}
		redirect.addFlashAttribute("flash", text(doneKey));
		return "redirect:/personnel/commitments";
	}

	/** One line of the approval queue. */
	public record QueueLine(Commitment commitment, String personName, String villageName) {
	}

	private String queue(Model model, Long failedId, String error) {
		model.addAttribute("lines", publication.pending().stream()
			.map(c -> new QueueLine(c, publication.personName(c), publication.villageName(c))).toList());
		model.addAttribute("failedId", failedId);
		model.addAttribute("error", error);
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("menu.commitments", null)));
		return "personnel/commitments";
	}

	private String page(long id, Model model, String errorSection, String error) {
		PublicationService.Profile profile = publication.profile(id);
		model.addAttribute("profile", profile);
		model.addAttribute("person", profile.person());
		model.addAttribute("kinds", ContactKind.values());
		if (!model.containsAttribute("draft")) {
			Commitment source = profile.open() != null ? profile.open() : profile.approved();
			model.addAttribute("draft", source == null ? new CommitmentText(null, null, null, null) : source.text());
		}
		model.addAttribute("errorSection", errorSection);
		model.addAttribute("error", error);
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("menu.personnel", "/personnel"),
				Breadcrumb.name(profile.person().getName(), "/personnel/" + id), Breadcrumb.key("publication.title", null)));
		return "personnel/publication";
	}

	static boolean tooLong(CommitmentText text) {
		return text.duties().length() > 1000 || text.goals().length() > 1000 || text.service().length() > 1000
				|| text.discipline().length() > 1000;
	}

	static byte[] bytes(MultipartFile file) {
		if (file == null) {
			return new byte[0];
		}
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String message(InvalidInputException ex) {
		var problem = ex.fieldProblems().get(0);
		return text(problem.messageKey(), problem.args());
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
