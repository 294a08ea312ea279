package org.zhucun.personnel.publication;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhucun.common.web.NotFoundException;

/** A person's publication over the API (CON-1, PER-1): the same service and rules as the pages. */
@RestController
@Tag(name = "公开信息 Publication")
class PublicationApiController {

	private final PublicationService publication;

	PublicationApiController(PublicationService publication) {
		this.publication = publication;
	}

	@GetMapping("/api/v1/personnel/{id}/publication")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(summary = "人员的公开信息（照片、公开联系方式、承诺）A person's publication")
	PublicationView get(@PathVariable long id) {
		var profile = publication.profile(id);
		return new PublicationView(id, profile.hasPhoto(), profile.contact().getKind(), profile.contact().getOfficePhone(),
				profile.villageName(), CommitmentView.of(profile.approved()), CommitmentView.of(profile.open()),
				profile.editable());
	}

	@GetMapping(path = "/api/v1/personnel/{id}/photo", produces = MediaType.IMAGE_JPEG_VALUE)
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(summary = "人员照片 The person's photo (JPEG)")
	ResponseEntity<byte[]> photo(@PathVariable long id) {
		return PublicationPageController.photoResponse(
				publication.photo(id).orElseThrow(() -> new NotFoundException("photo.error.none")));
	}

	@PutMapping(path = "/api/v1/personnel/{id}/photo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(summary = "上传照片（仅 JPEG/PNG，按内容识别）Upload the photo (JPEG/PNG by content)")
	void uploadPhoto(@PathVariable long id, @RequestParam(name = "photo", required = false) MultipartFile file) {
		publication.uploadPhoto(id, PublicationPageController.bytes(file));
	}

	@PutMapping("/api/v1/personnel/{id}/public-contact")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(summary = "公开联系方式：本人手机、办公电话或不公开 Contact consent")
	ContactView contact(@PathVariable long id, @RequestBody ContactView contact) {
		var saved = publication.setContact(id, contact.kind(), contact.officePhone());
		return new ContactView(saved.getKind(), saved.getOfficePhone());
	}

	@PutMapping("/api/v1/personnel/{id}/commitment")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(summary = "编写承诺（草稿）Write the commitments (draft)")
	CommitmentView saveDraft(@PathVariable long id, @Valid @RequestBody CommitmentText text) {
		return CommitmentView.of(publication.saveDraft(id, text));
	}

	@PostMapping("/api/v1/personnel/{id}/commitment/submission")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(summary = "提交承诺待乡镇党委审核 Submit the commitments")
	CommitmentView submit(@PathVariable long id) {
		return CommitmentView.of(publication.submit(id));
	}

	@GetMapping("/api/v1/commitments/pending")
	@PreAuthorize("hasAuthority('COMMITMENT_APPROVE')")
	@Operation(summary = "待审核的承诺 Commitments waiting for approval")
	List<CommitmentView> pending() {
		return publication.pending().stream().map(CommitmentView::of).toList();
	}

	@PostMapping("/api/v1/commitments/{id}/approval")
	@PreAuthorize("hasAuthority('COMMITMENT_APPROVE')")
	@Operation(summary = "审核通过承诺 Approve")
	CommitmentView approve(@PathVariable long id) {
		return CommitmentView.of(publication.approve(id));
	}

	@PostMapping("/api/v1/commitments/{id}/return")
	@PreAuthorize("hasAuthority('COMMITMENT_APPROVE')")
	@Operation(summary = "退回承诺（须写明理由）Return with a reason")
	CommitmentView giveBack(@PathVariable long id, @RequestBody Decision decision) {
		return CommitmentView.of(publication.giveBack(id, decision.reason()));
	}

	/** The reason of a return. */
	record Decision(String reason) {
	}

	record ContactView(ContactKind kind, String officePhone) {
	}

	record PublicationView(long personId, boolean hasPhoto, ContactKind contactKind, String officePhone,
			String villageName, CommitmentView approved, CommitmentView open, boolean editable) {
	}

	record CommitmentView(long id, long personId, CommitmentStatus status, String duties, String goals, String service,
			String discipline, String returnReason, Instant submittedAt, Instant decidedAt) {

		static CommitmentView of(Commitment c) {
			if (c == null) {
				return null;
			}
			var t = c.text();
			return new CommitmentView(c.getId(), c.getPersonId(), c.getStatus(), t.duties(), t.goals(), t.service(),
					t.discipline(), c.getReturnReason(), c.getSubmittedAt(), c.getDecidedAt());
		}

	}

}
