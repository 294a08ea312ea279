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

	PersonService(PersonRepository people, OrganisationDirectory organisation, DataScopeProvider scopes,
			FieldCipher cipher, AuditTrail audit, AssignmentRepository assignments, CadreAccounts cadreAccounts) {
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

	@Transactional(readOnly = true)
	public Page<Person> search(String text, Pageable page) {
		Specification<Person> spec = visible();
		if (text != null && !text.isBlank()) {
			String pattern = LikePattern.containing(text);
			spec = spec.and((root, query, cb) -> cb.like(root.get("name"), pattern, LikePattern.ESCAPE));
		}
		return people.findAll(spec, page);
	}

	@Transactional(readOnly = true)
	public List<Person> all() {
		return people.findAll(visible(), org.springframework.data.domain.Sort.by("name"));
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
			.orElseThrow(() -> new InvalidInputException("unitCode", "node.error.unknownParent", command.unitCode()));
		return people.save(new Person(command.name(), id.gender(), id.birthDate(), command.politicalStatus(),
				command.workUnitPost(), unit.id(), id.value(), digest,
				command.phone() == null || command.phone().isEmpty() ? null : command.phone(),
				Boolean.TRUE.equals(command.civilServant())));
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
