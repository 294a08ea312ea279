package org.zhucun.personnel.person;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.audit.AuditAction;
import org.zhucun.audit.AuditEvent;
import org.zhucun.audit.AuditTrail;
import org.zhucun.common.crypto.FieldCipher;
import org.zhucun.common.query.LikePattern;
import org.zhucun.common.scope.DataScopeProvider;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.common.web.NotFoundException;
import org.zhucun.identity.CadreAccounts;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.organisation.UnitSummary;
import org.zhucun.personnel.ChineseIdNumber;
import org.zhucun.personnel.assignment.Assignment;
import org.zhucun.personnel.assignment.AssignmentRepository;

/**
 * Person records (PER-1) within the user's data scope (ORG-5): through the dispatching unit (a unit
 * sees its own people, a county the people of its units) and through the villages they were
 * posted to (a township sees the cadres of its villages).
 */
@Service
@Transactional
public class PersonService {

	private final PersonRepository people;

	private final OrganisationDirectory organisation;

	private final DataScopeProvider scopes;

	private final FieldCipher cipher;

	private final AuditTrail audit;

	private final AssignmentRepository assignments;

	private final CadreAccounts cadreAccounts;

	private final jakarta.persistence.EntityManager entities;

	PersonService(PersonRepository people, OrganisationDirectory organisation, DataScopeProvider scopes,
			FieldCipher cipher, AuditTrail audit, AssignmentRepository assignments, CadreAccounts cadreAccounts,
			jakarta.persistence.EntityManager entities) {
		this.entities = entities;
		this.cadreAccounts = cadreAccounts;
		this.assignments = assignments;
		this.people = people;
		this.organisation = organisation;
		this.scopes = scopes;
		this.cipher = cipher;
		this.audit = audit;
	}

	/**
	 * ORG-5 for people: those of a dispatching unit inside the scope, those ever posted to a
	 * village inside the scope (a township sees the cadres of its villages), and a linked cadre's
	 * own record.
	 */
	private Specification<Person> visible() {
		var scope = scopes.currentScope();
		Set<Long> units = organisation.unitIdsWithin(scope);
		Set<Long> villages = organisation.villageIdsWithin(scope);
		Set<Long> posted = villages.isEmpty() ? Set.of() : assignments.personIdsPostedTo(villages);
		Set<Long> own = scope.personIds();
		return (root, query, cb) -> cb.or(units.isEmpty() ? cb.disjunction() : root.get("unitId").in(units),
				posted.isEmpty() ? cb.disjunction() : root.get("id").in(posted),
				own.isEmpty() ? cb.disjunction() : root.get("id").in(own));
	}

	/** PER-1..3: the people in the user's scope (ORG-5) matching the filter. */
	@Transactional(readOnly = true)
	public Page<Person> search(PersonFilter filter, Pageable page) {
		return people.findAll(matching(filter), page);
	}

	/** The whole filtered list, for the export (PER-5). */
	@Transactional(readOnly = true)
	public List<Person> all(PersonFilter filter) {
		return people.findAll(matching(filter), org.springframework.data.domain.Sort.by("name", "id"));
	}

	private Specification<Person> matching(PersonFilter filter) {
		Specification<Person> spec = visible();
		if (filter.q() != null) {
			String pattern = LikePattern.containing(filter.q());
			spec = spec.and((root, query, cb) -> cb.like(root.get("name"), pattern, LikePattern.ESCAPE));
		}
		if (filter.unit() != null) {
			Long unitId = organisation.unitByCode(filter.unit()).map(UnitSummary::id).orElse(-1L);
			spec = spec.and((root, query, cb) -> cb.equal(root.get("unitId"), unitId));
		}
		if (filter.narrowsByPosting()) {
			spec = spec.and(posting(filter));
		}
		return spec;
	}

	/**
	 * Place, role and status, matched against the person's postings: a posting of the given status
	 * (active, or ended with no active one left) in a village under the place, in the role.
	 */
	private Specification<Person> posting(PersonFilter filter) {
		Set<Long> villages = filter.place() == null ? null
				: organisation.place(filter.place())
					.map(place -> organisation.villageIdsWithin(org.zhucun.common.scope.DataScope.subtree(place.path())))
					.orElse(Set.of());
		return (root, query, cb) -> {
			var any = query.subquery(Long.class);
			var a = any.from(Assignment.class);
			List<jakarta.persistence.criteria.Predicate> where = new java.util.ArrayList<>();
			where.add(cb.equal(a.get("personId"), root.get("id")));
			if (filter.role() != null) {
				where.add(cb.equal(a.get("role"), filter.role()));
			}
			if (villages != null) {
				where.add(villages.isEmpty() ? cb.disjunction() : a.get("villageNodeId").in(villages));
			}
			if (filter.status() == PostingStatus.ACTIVE) {
				where.add(cb.isNull(a.get("endedOn")));
			}
			else if (filter.status() == PostingStatus.ENDED) {
				where.add(cb.isNotNull(a.get("endedOn")));
			}
			any.select(a.get("id")).where(where.toArray(jakarta.persistence.criteria.Predicate[]::new));
			if (filter.status() == PostingStatus.NONE) {
				var posted = query.subquery(Long.class);
				var p = posted.from(Assignment.class);
				posted.select(p.get("id")).where(cb.equal(p.get("personId"), root.get("id")));
				return filter.role() != null || villages != null ? cb.disjunction() : cb.not(cb.exists(posted));
			}
			if (filter.status() == PostingStatus.ENDED) {
				var active = query.subquery(Long.class);
				var b = active.from(Assignment.class);
				active.select(b.get("id")).where(cb.equal(b.get("personId"), root.get("id")), cb.isNull(b.get("endedOn")));
				return cb.and(cb.exists(any), cb.not(cb.exists(active)));
			}
			return cb.exists(any);
		};
	}

	/** The dispatching units of the people the user may see: the choices of the list's unit filter. */
	@Transactional(readOnly = true)
	public List<UnitSummary> unitsOfVisiblePeople() {
		var cb = entities.getCriteriaBuilder();
		var query = cb.createQuery(Long.class);
		var root = query.from(Person.class);
		query.select(root.get("unitId")).distinct(true).where(visible().toPredicate(root, query, cb));
		return entities.createQuery(query).getResultList().stream()
			.map(organisation::unit).flatMap(java.util.Optional::stream)
			.sorted(java.util.Comparator.comparing(UnitSummary::code)).toList();
	}

	@Transactional(readOnly = true)
	public Person get(long id) {
		return people.findOne(visible().and((root, query, cb) -> cb.equal(root.get("id"), id)))
			.orElseThrow(() -> new NotFoundException("person.error.notFound"));
	}

	/** The name of a person the user may see (for history lines), or an empty string. */
	@Transactional(readOnly = true)
	public String nameOf(long id) {
		return people.findOne(visible().and((root, query, cb) -> cb.equal(root.get("id"), id)))
			.map(Person::getName).orElse("");
	}

	@Transactional(readOnly = true)
	public String unitCode(Person person) {
		return organisation.unit(person.getUnitId()).map(UnitSummary::code).orElse("");
	}

	/** The active units the user may record people for (PER-1). */
	@Transactional(readOnly = true)
	public List<UnitSummary> writableUnits() {
		return organisation.unitsWithin(scopes.currentScope());
	}

	@Transactional(readOnly = true)
	public String unitName(Person person) {
		return organisation.unit(person.getUnitId()).map(UnitSummary::name).orElse("");
	}

	public Person create(PersonCommand command) {
		ChineseIdNumber id = ChineseIdNumber.parse(command.idNumber())
			.orElseThrow(() -> new InvalidInputException("idNumber", "person.error.idNumber"));
		String digest = cipher.digest(id.value());
		if (people.existsByIdNumberDigest(digest)) {
			throw new InvalidInputException("idNumber", "person.error.duplicate");
		}
		Set<Long> units = organisation.unitIdsWithin(scopes.currentScope());
		UnitSummary unit = organisation.unitByCode(command.unitCode())
			.filter(u -> u.active() && units.contains(u.id()))
			.orElseThrow(() -> new InvalidInputException("unitCode", "person.error.unknownUnit", command.unitCode()));
		return people.save(new Person(command.name(), id.gender(), id.birthDate(), command.politicalStatus(),
				command.workUnitPost(), unit.id(), id.value(), digest,
				command.phone() == null || command.phone().isEmpty() ? null : command.phone(),
				Boolean.TRUE.equals(command.civilServant())));
	}

	/**
	 * PER-1: corrects a record in the user's scope. A changed ID number is checked again (GB 11643,
	 * not held by another record) and gender and birth date follow it; the unit must be one the user
	 * may dispatch from, unless it is left as it was. A record changed by someone else since it was
	 * opened is refused (SEC-8).
	 */
	public Person update(long id, PersonUpdateCommand command) {
		Person person = get(id);
		if (person.getVersion() != command.version()) {
			throw new org.zhucun.common.web.ConflictException("person.error.changedMeanwhile", person.getName());
		}
		ChineseIdNumber number = ChineseIdNumber.parse(command.idNumber() == null ? person.fullIdNumber() : command.idNumber())
			.orElseThrow(() -> new InvalidInputException("idNumber", "person.error.idNumber"));
		String digest = cipher.digest(number.value());
		if (!digest.equals(person.idNumberDigest()) && people.existsByIdNumberDigest(digest)) {
			throw new InvalidInputException("idNumber", "person.error.duplicate");
		}
		UnitSummary unit = organisation.unitByCode(command.unitCode())
			.filter(u -> u.id() == person.getUnitId()
					|| (u.active() && organisation.unitIdsWithin(scopes.currentScope()).contains(u.id())))
			.orElseThrow(() -> new InvalidInputException("unitCode", "person.error.unknownUnit", command.unitCode()));
		person.update(command.name(), number, digest, command.politicalStatus(), command.workUnitPost(), unit.id(),
				command.phone() == null ? person.fullPhone() : command.phone(), Boolean.TRUE.equals(command.civilServant()));
		try {
			return people.saveAndFlush(person);
		}
		catch (org.springframework.orm.ObjectOptimisticLockingFailureException ex) {
			throw new org.zhucun.common.web.ConflictException("person.error.changedMeanwhile", person.getName());
		}
	}

	/**
	 * PER-2: links a dispatched cadre's account to this record, so the cadre sees their own data
	 * (and nothing of others). The record must lie in the caller's scope.
	 */
	public void linkAccount(long personId, String username) {
		get(personId);
		if (username == null || username.isBlank()) {
			throw new InvalidInputException("username", "validation.required");
		}
		cadreAccounts.link(username.strip(), personId);
	}

	/** PER-2: removes the account link of a record in the caller's scope. */
	public void unlinkAccount(long personId) {
		get(personId);
		cadreAccounts.unlink(personId);
	}

	/** The username of the cadre account linked to a record the caller may see, if any. */
	@Transactional(readOnly = true)
	public java.util.Optional<String> linkedAccount(long personId) {
		get(personId);
		return cadreAccounts.linkedUsername(personId);
	}

	/** Whether the user sees nothing but their own record (a linked cadre): no village pages for them. */
	public boolean seesOnlyOwnRecord() {
		return scopes.currentScope().isOwnRecordOnly();
	}

	/** The record of the logged-in cadre, if their account is linked. */
	@Transactional(readOnly = true)
	public java.util.Optional<Person> own() {
		return scopes.currentScope().personIds().stream().findFirst().flatMap(people::findById);
	}

	/**
	 * SEC-5: the ID number and phone in full, for a holder of PERSONAL_DATA_VIEW; each view is
	 * written to the audit log in this transaction.
	 */
	public FullPersonalData reveal(long id) {
		Person person = get(id);
		audit.record(new AuditEvent(AuditAction.VIEW_PERSONAL_DATA, "Person", String.valueOf(id),
				"audit.summary.personalDataShown", Map.of()));
		return new FullPersonalData(person.fullIdNumber(), person.fullPhone());
	}

	/** What a full view shows. */
	public record FullPersonalData(String idNumber, String phone) {

		@Override
		public String toString() {
			return "FullPersonalData[***]";
		}

	}

}
