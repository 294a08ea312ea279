package org.zhucun.personnel.publication;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.organisation.UnitSummary;
import org.zhucun.personnel.PublicRoster;
import org.zhucun.personnel.assignment.Assignment;
import org.zhucun.personnel.assignment.AssignmentRepository;
import org.zhucun.personnel.person.Person;
import org.zhucun.personnel.person.PersonRepository;
import org.zhucun.personnel.person.PublishedMobile;

/**
 * CON-1: the public roster of a village, read from the personnel tables without a user: only the
 * fields the public page may show, the phone only with the person's consent, the commitments only
 * when approved.
 */
@Component
@Transactional(readOnly = true)
class JpaPublicRoster implements PublicRoster {

	private final AssignmentRepository assignments;

	private final PersonRepository people;

	private final PublishedMobile mobiles;

	private final PersonPhotoRepository photos;

	private final PublicContactRepository contacts;

	private final CommitmentRepository commitments;

	private final OrganisationDirectory organisation;

	JpaPublicRoster(AssignmentRepository assignments, PersonRepository people, PublishedMobile mobiles,
			PersonPhotoRepository photos, PublicContactRepository contacts, CommitmentRepository commitments,
			OrganisationDirectory organisation) {
		this.assignments = assignments;
		this.people = people;
		this.mobiles = mobiles;
		this.photos = photos;
		this.contacts = contacts;
		this.commitments = commitments;
		this.organisation = organisation;
	}

	@Override
	public List<PublicPerson> postedTo(long villageId) {
		List<Assignment> postings = assignments.findByVillageNodeIdInAndEndedOnIsNull(Set.of(villageId));
		if (postings.isEmpty()) {
			return List.of();
		}
		Set<Long> personIds = postings.stream().map(Assignment::getPersonId).collect(Collectors.toSet());
		Map<Long, Person> byId = people.findAllById(personIds).stream()
			.collect(Collectors.toMap(Person::getId, Function.identity()));
		Set<Long> withPhoto = photos.withPhoto(personIds);
		Map<Long, Commitment> approved = commitments
			.findByAssignmentIdInAndStatus(postings.stream().map(Assignment::getId).toList(), CommitmentStatus.APPROVED)
			.stream().collect(Collectors.toMap(Commitment::getAssignmentId, Function.identity()));
		return postings.stream()
			.sorted(Comparator.comparing(Assignment::getRole).thenComparing(a -> !a.isLeadsTeam())
				.thenComparing(a -> byId.get(a.getPersonId()).getName()))
			.map(a -> {
				Person p = byId.get(a.getPersonId());
				Commitment c = approved.get(a.getId());
				return new PublicPerson(p.getId(), p.getName(), a.getRole(), a.isLeadsTeam(),
						organisation.unit(a.getUnitId()).map(UnitSummary::name).orElse(""), phone(p.getId()),
						withPhoto.contains(p.getId()), c == null ? null : new PublicCommitment(c.text().duties(),
								c.text().goals(), c.text().service(), c.text().discipline()));
			})
			.toList();
	}

	/** The number the person agreed to publish, or null. */
	private String phone(long personId) {
		return contacts.findById(personId).map(contact -> switch (contact.getKind()) {
			case MOBILE -> mobiles.of(personId).orElse(null);
			case OFFICE -> contact.getOfficePhone();
			case NONE -> null;
		}).orElse(null);
	}

	@Override
	public Optional<byte[]> photo(long villageId, long personId) {
		boolean posted = assignments.findByVillageNodeIdInAndEndedOnIsNull(Set.of(villageId)).stream()
			.anyMatch(a -> a.getPersonId() == personId);
		return posted ? photos.findById(personId).map(PersonPhoto::getContent) : Optional.empty();
	}

}
