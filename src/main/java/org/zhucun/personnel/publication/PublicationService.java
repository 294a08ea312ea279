package org.zhucun.personnel.publication;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.common.scope.DataScopeProvider;
import org.zhucun.common.scope.SystemContext;
import org.zhucun.common.security.Permission;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.common.web.NotFoundException;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.organisation.VillageSummary;
import org.zhucun.personnel.assignment.Assignment;
import org.zhucun.personnel.assignment.AssignmentRepository;
import org.zhucun.personnel.person.Person;
import org.zhucun.personnel.person.PersonService;

/**
 * CON-1, PER-1: what a person publishes on the village page — photo, contact consent and
 * commitments — edited by the person themself (their linked cadre account) or by a holder of
 * PERSON_WRITE whose scope holds the record (ORG-5), and the township party committee's decision on
 * the commitments of its villages. A record outside the caller's scope answers 404; every change is
 * written to the audit log with the entity.
 */
@Service
@Transactional
@EnableConfigurationProperties(PublicationProperties.class)
public class PublicationService {

	private static final EnumSet<CommitmentStatus> OPEN = EnumSet.of(CommitmentStatus.DRAFT, CommitmentStatus.SUBMITTED,
			CommitmentStatus.RETURNED);

	private final PersonService people;

	private final AssignmentRepository assignments;

	private final PersonPhotoRepository photos;

	private final PublicContactRepository contacts;

	private final CommitmentRepository commitments;

	private final DataScopeProvider scopes;

	private final OrganisationDirectory organisation;

	private final PhotoImages images;

	private final Clock clock;

	PublicationService(PersonService people, AssignmentRepository assignments, PersonPhotoRepository photos,
			PublicContactRepository contacts, CommitmentRepository commitments, DataScopeProvider scopes,
			OrganisationDirectory organisation, PublicationProperties properties, Clock clock) {
		this.people = people;
		this.assignments = assignments;
		this.photos = photos;
		this.contacts = contacts;
		this.commitments = commitments;
		this.scopes = scopes;
		this.organisation = organisation;
		this.images = properties.photoImages();
		this.clock = clock;
	}

	/** What the person's publication page shows: a record the caller may see (else 404). */
	@Transactional(readOnly = true)
	public Profile profile(long personId) {
		Person person = people.get(personId);
		Optional<Assignment> posting = activePosting(personId);
		return new Profile(person, photos.existsById(personId), contact(personId),
				posting.map(a -> organisation.village(a.getVillageNodeId()).map(VillageSummary::name).orElse("")).orElse(null),
				posting.flatMap(a -> commitments.findByAssignmentIdAndStatus(a.getId(), CommitmentStatus.APPROVED)).orElse(null),
				posting.flatMap(a -> commitments.findByAssignmentIdAndStatusIn(a.getId(), OPEN)).orElse(null),
				mayEdit(personId));
	}

	/**
	 * A person's publication as shown to the logged-in user: photo present, contact consent, the
	 * village of the active posting, the approved (public) and the open version of the commitments.
	 */
	public record Profile(Person person, boolean hasPhoto, PublicContact contact, String villageName, Commitment approved,
			Commitment open, boolean editable) {
	}

	/** Whether a record the caller may see has a photo (PER-1). */
	@Transactional(readOnly = true)
	public boolean hasPhoto(long personId) {
		people.get(personId);
		return photos.existsById(personId);
	}

	/** The photo of a record the caller may see (else 404). */
	@Transactional(readOnly = true)
	public Optional<PersonPhoto> photo(long personId) {
		people.get(personId);
		return photos.findById(personId);
	}

	/** PER-1: stores a new photo, re-encoded (JPEG/PNG only, by content; size limited). */
	public void uploadPhoto(long personId, byte[] upload) {
		requireEditable(personId);
		PhotoImages.Photo photo = images.normalise(upload);
		PersonPhoto stored = photos.findById(personId).orElseGet(() -> new PersonPhoto(personId));
		stored.replace(photo);
		photos.saveAndFlush(stored);
	}

	/** CON-1: the person's consent to publish their mobile, an office number, or nothing. */
	public PublicContact setContact(long personId, ContactKind kind, String officePhone) {
		requireEditable(personId);
		if (kind == null) {
			throw new InvalidInputException("kind", "validation.required");
		}
		String office = officePhone == null ? "" : officePhone.strip();
		if (kind == ContactKind.OFFICE && !office.matches("0\\d{2,3}-?\\d{7,8}|1\\d{10}|400-?\\d{3}-?\\d{4}")) {
			throw new InvalidInputException("officePhone", "publication.error.officePhone");
		}
		PublicContact contact = contacts.findById(personId).orElseGet(() -> new PublicContact(personId));
		contact.set(kind, office);
		return contacts.saveAndFlush(contact);
	}

	/**
	 * CON-1: writes the commitments of the person's active posting. The open version (draft or
	 * returned) is rewritten; if there is none, a new draft is started — the approved version stays
	 * public until its successor is approved.
	 */
	public Commitment saveDraft(long personId, CommitmentText text) {
		requireEditable(personId);
		Assignment posting = requirePosting(personId);
		Commitment commitment = commitments.findByAssignmentIdAndStatusIn(posting.getId(), OPEN)
			.map(open -> {
				open.edit(text);
				return open;
			})
			.orElseGet(() -> new Commitment(personId, posting.getId(), posting.getVillageNodeId(), text));
		return commitments.saveAndFlush(commitment);
	}

	/** CON-1: submits the open version to the township party committee. */
	public Commitment submit(long personId) {
		requireEditable(personId);
		Assignment posting = requirePosting(personId);
		Commitment commitment = commitments.findByAssignmentIdAndStatusIn(posting.getId(), OPEN)
			.orElseThrow(() -> new InvalidInputException("commitment", "commitment.error.nothingToSubmit"));
		commitment.submit(clock.instant());
		return commitments.saveAndFlush(commitment);
	}

	/** CON-1: the submitted commitments of the caller's villages, oldest first (the approval queue). */
	@Transactional(readOnly = true)
	public List<Commitment> pending() {
		var villages = organisation.villageIdsWithin(scopes.currentScope());
		return villages.isEmpty() ? List.of()
				: commitments.findByVillageNodeIdInAndStatusOrderBySubmittedAt(villages, CommitmentStatus.SUBMITTED);
	}

	/** CON-1: a commitment of a village in the caller's scope (else 404). */
	@Transactional(readOnly = true)
	public Commitment commitment(long id) {
		return commitments.findById(id)
			.filter(c -> organisation.villageIdsWithin(scopes.currentScope()).contains(c.getVillageNodeId()))
			.orElseThrow(() -> new NotFoundException("commitment.error.notFound"));
	}

	/** CON-1: the township approves; the version approved before (if any) is superseded. */
	public Commitment approve(long id) {
		Commitment commitment = commitment(id);
		if (commitment.getStatus() == CommitmentStatus.SUBMITTED) {
			commitments.findByAssignmentIdAndStatus(commitment.getAssignmentId(), CommitmentStatus.APPROVED)
				.ifPresent(previous -> {
					previous.supersede();
					commitments.saveAndFlush(previous);
				});
		}
		commitment.approve(clock.instant(), actor());
		return commitments.saveAndFlush(commitment);
	}

	/** CON-1: the township returns a submitted version with a reason. */
	public Commitment giveBack(long id, String reason) {
		Commitment commitment = commitment(id);
		commitment.giveBack(reason, clock.instant(), actor());
		return commitments.saveAndFlush(commitment);
	}

	/** The name of the person of a commitment in the caller's queue. */
	@Transactional(readOnly = true)
	public String personName(Commitment commitment) {
		return people.nameOf(commitment.getPersonId());
	}

	@Transactional(readOnly = true)
	public String villageName(Commitment commitment) {
		return organisation.village(commitment.getVillageNodeId()).map(VillageSummary::name).orElse("");
	}

	/** Whether the caller may change this person's publication: PERSON_WRITE in scope, or the person themself. */
	private boolean mayEdit(long personId) {
		if (SystemContext.active()) {
			return true;
		}
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		boolean writer = auth != null
				&& auth.getAuthorities().stream().anyMatch(a -> Permission.PERSON_WRITE.name().equals(a.getAuthority()));
		return writer || scopes.currentScope().coversOwnPerson(personId);
	}

	private void requireEditable(long personId) {
		people.get(personId);
		if (!mayEdit(personId)) {
			throw new AccessDeniedException("publication");
		}
	}

	private Optional<Assignment> activePosting(long personId) {
		return assignments.findByPersonIdOrderByStartDateDesc(personId).stream().filter(Assignment::isActive).findFirst();
	}

	private Assignment requirePosting(long personId) {
		return activePosting(personId)
			.orElseThrow(() -> new InvalidInputException("commitment", "commitment.error.notPosted"));
	}

	private PublicContact contact(long personId) {
		return contacts.findById(personId).orElseGet(() -> new PublicContact(personId));
	}

	private static String actor() {
		if (SystemContext.active()) {
			return "system";
		}
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null ? "system" : auth.getName();
	}

}
