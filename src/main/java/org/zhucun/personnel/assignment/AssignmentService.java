package org.zhucun.personnel.assignment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.common.scope.DataScopeProvider;
import org.zhucun.common.web.ConflictException;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.organisation.UnitSummary;
import org.zhucun.organisation.VillageSummary;
import org.zhucun.personnel.person.Person;
import org.zhucun.personnel.person.PersonService;

/**
 * PER-2/3: posting people to villages. A person holds at most one active assignment; only a
 * flagged village (ORG-2) inside the user's scope receives one; a team has one leader.
 */
@Service
@Transactional
public class AssignmentService {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final AssignmentRepository assignments;

	private final WorkTeamRepository teams;

	private final PersonService people;

	private final OrganisationDirectory organisation;

	private final DataScopeProvider scopes;

	private final Clock clock;

	private final int termYears;

	private final org.springframework.context.MessageSource messages;

	private final ReplacementRequestRepository replacementRequests;

	AssignmentService(AssignmentRepository assignments, WorkTeamRepository teams, PersonService people,
			OrganisationDirectory organisation, DataScopeProvider scopes, Clock clock,
			@Value("${zhucun.policy.first-secretary-term-years:2}") int termYears,
			org.springframework.context.MessageSource messages, ReplacementRequestRepository replacementRequests) {
		this.messages = messages;
		this.replacementRequests = replacementRequests;
		this.assignments = assignments;
		this.teams = teams;
		this.people = people;
		this.organisation = organisation;
		this.scopes = scopes;
		this.clock = clock;
		this.termYears = termYears;
	}

	@Transactional(readOnly = true)
	public List<Assignment> history(long personId) {
		people.get(personId);
		return assignments.findByPersonIdOrderByStartDateDesc(personId);
	}

	public Assignment assign(long personId, AssignmentCommand command) {
		Person person = people.get(personId);
		VillageSummary village = organisation.villageByCode(command.villageCode())
			.filter(v -> organisation.villageIdsWithin(scopes.currentScope()).contains(v.id()))
			.orElseThrow(() -> new InvalidInputException("villageCode", "assignment.error.unknownVillage", command.villageCode()));
		if (!village.active() || !village.receivesPersonnel()) {
			throw new InvalidInputException("villageCode", "assignment.error.villageNotFlagged", village.name());
		}
		if (assignments.existsByPersonIdAndEndedOnIsNull(personId)) {
			throw new ConflictException("assignment.error.alreadyActive", person.getName());
		}
		WorkTeam team = teams.findByVillageNodeId(village.id())
			.orElseGet(() -> teams.save(new WorkTeam(village.id(),
					// the team's name is a record in the official language, whatever the user's locale
					messages.getMessage("team.name", new Object[] { village.name() }, java.util.Locale.SIMPLIFIED_CHINESE))));
		UnitSummary unit = organisation.unit(person.getUnitId()).orElseThrow();
		LocalDate end = command.plannedEndDate() != null ? command.plannedEndDate()
				: command.startDate().plusYears(termYears);
		Assignment assignment = new Assignment(personId, team, command.role(), command.leadsTeam(), unit.id(),
				unit.level(), command.startDate(), end);
		if (assignment.isLeadsTeam() && assignments.existsByTeamIdAndEndedOnIsNullAndLeadsTeamTrue(team.getId())) {
			throw new ConflictException("assignment.error.teamHasLeader", team.getName());
		}
		try {
			return assignments.saveAndFlush(assignment);
		}
		catch (DataIntegrityViolationException ex) {
			// two postings of one person submitted at the same moment: the database keeps one (SEC-8)
			throw new ConflictException("assignment.error.alreadyActive", person.getName());
		}
	}

	/**
	 * PER-4: withdraws a person from their village with a reason (a manual decision now; the
	 * triggers of ATT-6 and USE-3 call this later) and, if named, posts the successor from the next
	 * day in the same role. Both are kept in the village's history.
	 */
	public Assignment withdraw(long assignmentId, WithdrawalCommand command) {
		Assignment assignment = visibleAssignment(assignmentId);
		assignment.withdraw(command.endedOn(), command.reason(), command.replacementNeeded());
		assignments.saveAndFlush(assignment);
		// PER-4: the withdrawal answers the requests a rule opened for this posting
		replacementRequests.findByAssignmentIdAndClosedAtIsNull(assignment.getId()).forEach(r -> r.close(clock.instant()));
		if (command.successorPersonId() != null) {
			Assignment successor = postSuccessor(assignment, command.successorPersonId(), command.endedOn().plusDays(1));
			assignment.succeededBy(successor);
		}
		return assignment;
	}

	/** PER-4: posts the successor of an open replacement. */
	public Assignment succeed(long assignmentId, long successorPersonId, LocalDate startDate) {
		Assignment withdrawn = visibleAssignment(assignmentId);
		if (!withdrawn.isOpenReplacement()) {
			throw new InvalidInputException("assignmentId", "assignment.error.noOpenReplacement");
		}
		Assignment successor = postSuccessor(withdrawn, successorPersonId, startDate);
		withdrawn.succeededBy(successor);
		return successor;
	}

	private Assignment postSuccessor(Assignment withdrawn, long personId, LocalDate start) {
		String villageCode = organisation.village(withdrawn.getVillageNodeId()).map(VillageSummary::code).orElseThrow();
		return assign(personId, new AssignmentCommand(villageCode, withdrawn.getRole(), withdrawn.isLeadsTeam(), start, null));
	}

	private Assignment visibleAssignment(long assignmentId) {
		Assignment assignment = assignments.findById(assignmentId)
			.filter(a -> organisation.villageIdsWithin(scopes.currentScope()).contains(a.getVillageNodeId()))
			.orElseThrow(() -> new org.zhucun.common.web.NotFoundException("assignment.error.notFound"));
		return assignment;
	}

	/** The replacement requests rules opened for a person in the user's scope, newest first (PER-4, ATT-6). */
	@Transactional(readOnly = true)
	public List<ReplacementRequest> replacementRequests(long personId) {
		people.get(personId);
		return replacementRequests.findByPersonIdOrderByOpenedAtDesc(personId);
	}

	/** The postings of a village, newest first: its history (PER-4). */
	@Transactional(readOnly = true)
	public List<Assignment> villageHistory(long villageId) {
		if (!organisation.villageIdsWithin(scopes.currentScope()).contains(villageId)) {
			throw new org.zhucun.common.web.NotFoundException("assignment.error.notFound");
		}
		return assignments.findByVillageNodeIdOrderByStartDateDesc(villageId);
	}

	/**
	 * PER-4: withdrawals still waiting for a successor, in the user's villages or of the user's
	 * dispatching units (the unit must send the successor).
	 */
	@Transactional(readOnly = true)
	public List<Assignment> openReplacements() {
		var scope = scopes.currentScope();
		var villages = organisation.villageIdsWithin(scope);
		var units = organisation.unitIdsWithin(scope);
		java.util.Map<Long, Assignment> open = new java.util.LinkedHashMap<>();
		if (!villages.isEmpty()) {
			assignments.findByVillageNodeIdInAndReplacementNeededTrueAndSuccessorAssignmentIdIsNull(villages)
				.forEach(a -> open.put(a.getId(), a));
		}
		if (!units.isEmpty()) {
			assignments.findByUnitIdInAndReplacementNeededTrueAndSuccessorAssignmentIdIsNull(units)
				.forEach(a -> open.put(a.getId(), a));
		}
		return List.copyOf(open.values());
	}

	/** Active assignments in the user's scope whose planned end is within {@code days} days (PER-2). */
	@Transactional(readOnly = true)
	public List<Assignment> endingWithin(int days) {
		var villages = organisation.villageIdsWithin(scopes.currentScope());
		if (villages.isEmpty()) {
			return List.of();
		}
		LocalDate today = LocalDate.now(clock.withZone(CHINA));
		return assignments.findByVillageNodeIdInAndEndedOnIsNull(villages).stream()
			.filter(a -> a.endsWithin(today, days))
			.toList();
	}

	@Transactional(readOnly = true)
	public String villageNameOf(long villageId) {
		return organisation.village(villageId).map(VillageSummary::name).orElse("");
	}

	/** The person's name for a history line: from the record, which the user may see through the village. */
	@Transactional(readOnly = true)
	public String personName(Assignment a) {
		return people.nameOf(a.getPersonId());
	}

	/** The name of the person a replacement request is about. */
	@Transactional(readOnly = true)
	public String personNameOf(ReplacementRequest request) {
		return people.nameOf(request.getPersonId());
	}

	@Transactional(readOnly = true)
	public String villageName(Assignment a) {
		return organisation.village(a.getVillageNodeId()).map(VillageSummary::name).orElse("");
	}

}
