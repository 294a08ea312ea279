package org.zhucun.leave.request;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.calendar.WorkingDayCalendar;
import org.zhucun.common.scope.DataScope;
import org.zhucun.common.scope.DataScopeProvider;
import org.zhucun.common.security.AccountIdentity;
import org.zhucun.common.web.ConflictException;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.common.web.NotFoundException;
import org.zhucun.leave.LeaveDecided;
import org.zhucun.leave.LeaveReturned;
import org.zhucun.leave.rules.ApproverKind;
import org.zhucun.leave.rules.LeaveDays;
import org.zhucun.leave.rules.LeaveDecisionRules;
import org.zhucun.leave.rules.LeaveDecisionRules.Refusal;
import org.zhucun.leave.rules.LeaveRoute;
import org.zhucun.policy.PolicyKey;
import org.zhucun.policy.PolicyParameters;
import org.zhucun.leave.rules.LeaveState;
import org.zhucun.organisation.OfficeKind;
import org.zhucun.organisation.OfficeSummary;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.organisation.UnitSummary;
import org.zhucun.organisation.VillageSummary;
import org.zhucun.personnel.ActivePostings;
import org.zhucun.personnel.ActivePostings.ActivePosting;

/**
 * LEA-1..3: requesting leave, deciding it, withdrawing it and reporting the return (销假). Each step
 * is one transaction (SEC-9). A step on an existing request first locks its row (SELECT … FOR
 * UPDATE), so that two approvers acting at once are served one after the other and the second sees
 * the first's decision (SEC-8); the unique (request, approver kind) constraint backs this up. New
 * requests of one person are serialised by an advisory lock, so that two overlapping requests
 * submitted at once cannot both be accepted. Everything is narrowed to the user's data scope (ORG-5):
 * a request outside it answers 404 as if it did not exist.
 */
@Service
@Transactional
public class LeaveService {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final List<LeaveState> HOLDING_DATES = List.of(LeaveState.PENDING, LeaveState.APPROVED);

	private final LeaveRequestRepository requests;

	private final LeaveDecisionRepository decisions;

	private final ActivePostings postings;

	private final WorkingDayCalendar calendar;

	private final OrganisationDirectory organisation;

	private final DataScopeProvider scopes;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final LeavePolicy policy;

	private final PolicyParameters parameters;

	private final EntityManager entities;

	LeaveService(LeaveRequestRepository requests, LeaveDecisionRepository decisions, ActivePostings postings,
			WorkingDayCalendar calendar, OrganisationDirectory organisation, DataScopeProvider scopes,
			ApplicationEventPublisher events, Clock clock, LeavePolicy policy, EntityManager entities,
			PolicyParameters parameters) {
		this.parameters = parameters;
		this.requests = requests;
		this.decisions = decisions;
		this.postings = postings;
		this.calendar = calendar;
		this.organisation = organisation;
		this.scopes = scopes;
		this.events = events;
		this.clock = clock;
		this.policy = policy;
		this.entities = entities;
	}

	// ---------------------------------------------------------------- requesting

	/** LEA-1/2: the working days of a range and the route they decide, shown before submitting. */
	@Transactional(readOnly = true)
	public LeavePreview preview(Long personId, LocalDate start, LocalDate end) {
		Actor actor = actor();
		return check(requestablePosting(actor, personId), start, end);
	}

	/** LEA-1: a new request, by the cadre for themselves or by the township's clerk for them (BUR-3). */
	public LeaveRequest request(LeaveCommand command) {
		Actor actor = actor();
		ActivePosting posting = requestablePosting(actor, command.personId());
		LeavePreview preview = check(posting, command.startDate(), command.endDate());
		requests.lockPerson(posting.personId());
		requests.touching(List.of(posting.personId()), HOLDING_DATES, command.startDate(), command.endDate()).stream()
			.filter(other -> !other.lastCountedDay().isBefore(command.startDate()))
			.findFirst()
			.ifPresent(other -> {
				throw new InvalidInputException("startDate", "leave.error.overlap", other.getStartDate(),
						other.getEndDate(), label(other.getState().messageKey()));
			});
		boolean clerk = !actor.scope().coversOwnPerson(posting.personId());
		LeaveRequest request = new LeaveRequest(posting, command.startDate(), command.endDate(), command.reason().strip(),
				preview.workingDays(), preview.route(), actor.accountId(), actor.name(),
				clerk && actor.office() != null ? actor.office().name() : null);
		return requests.saveAndFlush(request);
	}

	/** The people the user may request leave for: a cadre themselves, a township its posted cadres. */
	@Transactional(readOnly = true)
	public List<ActivePosting> requestablePeople() {
		Actor actor = actor();
		List<ActivePosting> people = new ArrayList<>();
		actor.scope().personIds().forEach(id -> postings.of(id).ifPresent(people::add));
		if (actor.isOffice(OfficeKind.TOWNSHIP_PARTY_COMMITTEE)) {
			postings.inVillages(organisation.villageIdsWithin(actor.scope())).stream()
				.filter(p -> Objects.equals(p.townshipNodeId(), actor.office().nodeId()))
				.filter(p -> people.stream().noneMatch(q -> q.personId() == p.personId()))
				.forEach(people::add);
		}
		return people;
	}

	private ActivePosting requestablePosting(Actor actor, Long personId) {
		Long who = personId;
		if (who == null && actor.scope().personIds().size() == 1) {
			who = actor.scope().personIds().iterator().next();
		}
		if (who == null) {
			throw new InvalidInputException("personId", "leave.error.personRequired");
		}
		Optional<ActivePosting> posting = postings.of(who);
		if (actor.scope().coversOwnPerson(who)) {
			return posting.orElseThrow(() -> new InvalidInputException("personId", "leave.error.notPosted"));
		}
		return posting.filter(p -> actor.isOffice(OfficeKind.TOWNSHIP_PARTY_COMMITTEE)
				&& Objects.equals(actor.office().nodeId(), p.townshipNodeId()))
			.filter(p -> organisation.villageIdsWithin(actor.scope()).contains(p.villageNodeId()))
			.orElseThrow(() -> new NotFoundException("leave.error.personNotFound"));
	}

	/** The range rules and the calendar: end not before start, not too long, at least one working day. */
	private LeavePreview check(ActivePosting posting, LocalDate start, LocalDate end) {
		if (start == null || end == null) {
			throw new InvalidInputException(start == null ? "startDate" : "endDate", "validation.required");
		}
		LeaveDays.rangeProblem(start, end, policy.maxCalendarDays()).ifPresent(problem -> {
			throw new InvalidInputException("endDate", problem, policy.maxCalendarDays());
		});
		int workingDays = calendar.workingDays(start, end, posting.villageNodeId());
		if (workingDays == 0) {
			throw new InvalidInputException("endDate", "leave.error.noWorkingDays", start, end);
		}
		int threshold = townshipMaxWorkingDays(posting.villageNodeId(), start);
		return new LeavePreview(posting.personId(), posting.personName(), start, end, workingDays,
				LeaveRoute.forWorkingDays(workingDays, threshold), threshold);
	}

	/** POL-1: the route's threshold in force for the village in the year the leave starts. */
	private int townshipMaxWorkingDays(long villageNodeId, LocalDate start) {
		return parameters.value(PolicyKey.LEAVE_TOWNSHIP_MAX_WORKING_DAYS, villageNodeId, start.getYear());
	}

	// ---------------------------------------------------------------- deciding, withdrawing, returning

	/**
	 * LEA-1/2: the decision of the user's office. Refused with 403 when the office is not on the
	 * request's route, with 409 when an approver of its kind has decided already or the request is
	 * no longer pending (SEC-8).
	 */
	public LeaveRequest decide(long id, DecisionCommand command) {
		Actor actor = actor();
		LeaveRequest request = lockedVisible(id, actor);
		boolean approve = Boolean.TRUE.equals(command.approve());
		Optional<ApproverKind> kind = approverKindOf(actor, request);
		if (kind.isEmpty()) {
			throw new NotAnApproverException("leave.error.notAnApprover", request.getWorkingDays(),
					label(request.getRoute().messageKey()));
		}
		Map<ApproverKind, Boolean> decided = decidedOf(id);
		var outcome = LeaveDecisionRules.decide(request.getRoute(), request.getState(), decided, kind.get(), approve);
		if (!outcome.isAccepted()) {
			if (outcome.refusal() == Refusal.NOT_ON_ROUTE) {
				throw new NotAnApproverException(outcome.refusal().messageKey(), request.getWorkingDays(),
						townshipMaxWorkingDays(request.getVillageNodeId(), request.getStartDate()));
			}
			throw new ConflictException(outcome.refusal().messageKey(), label(request.getState().messageKey()));
		}
		String opinion = command.opinion() == null || command.opinion().isBlank() ? null : command.opinion().strip();
		if (!approve && opinion == null) {
			throw new InvalidInputException("opinion", "leave.error.refusalNeedsOpinion");
		}
		Instant now = clock.instant();
		try {
			decisions.saveAndFlush(new LeaveDecision(id, kind.get(), approve, opinion, actor.office().id(),
					actor.office().name(), actor.accountId(), actor.name(), now));
		}
		catch (DataIntegrityViolationException ex) {
			// the row lock makes this unreachable in one database; the constraint is the last guard (SEC-8)
			throw new ConflictException(Refusal.ALREADY_DECIDED_BY_KIND.messageKey(), label(request.getState().messageKey()));
		}
		request.moveTo(outcome.newState(), now);
		requests.saveAndFlush(request);
		if (!outcome.newState().isOpen()) {
			events.publishEvent(new LeaveDecided(id, request.getPersonId(), request.getVillageNodeId(),
					request.getStartDate(), request.getEndDate(), outcome.newState() == LeaveState.APPROVED));
		}
		return request;
	}

	/** The applicant (or the township's clerk for them) withdraws a request still pending. */
	public LeaveRequest withdraw(long id) {
		Actor actor = actor();
		LeaveRequest request = lockedVisible(id, actor);
		requireApplicantSide(actor, request);
		if (request.getState() != LeaveState.PENDING) {
			throw new ConflictException("leave.error.notPendingToWithdraw", label(request.getState().messageKey()));
		}
		request.moveTo(LeaveState.WITHDRAWN, clock.instant());
		return requests.saveAndFlush(request);
	}

	/** LEA-3: the report of return (销假) on an approved request, with the actual return date. */
	public LeaveRequest reportReturn(long id, ReturnCommand command) {
		Actor actor = actor();
		LeaveRequest request = lockedVisible(id, actor);
		requireApplicantSide(actor, request);
		if (request.getState() != LeaveState.APPROVED) {
			throw new ConflictException("leave.error.returnNeedsApproval", label(request.getState().messageKey()));
		}
		if (request.isReturned()) {
			throw new ConflictException("leave.error.alreadyReturned", request.getReturnedOn());
		}
		LeaveDays.returnProblem(request.getStartDate(), command.returnedOn(), today()).ifPresent(problem -> {
			throw new InvalidInputException("returnedOn", problem, request.getStartDate());
		});
		request.reportReturn(command.returnedOn(), actor.name(), clock.instant());
		requests.saveAndFlush(request);
		events.publishEvent(new LeaveReturned(id, request.getPersonId(), request.getVillageNodeId(),
				request.getStartDate(), request.getEndDate(), command.returnedOn()));
		return request;
	}

	private void requireApplicantSide(Actor actor, LeaveRequest request) {
		if (!mayActForApplicant(actor, request)) {
			throw new NotAnApproverException("leave.error.notApplicantSide");
		}
	}

	private LeaveRequest lockedVisible(long id, Actor actor) {
		LeaveRequest request = entities.find(LeaveRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
		if (request == null || !visibleTo(actor, request)) {
			throw new NotFoundException("leave.error.notFound");
		}
		return request;
	}

	// ---------------------------------------------------------------- reading

	@Transactional(readOnly = true)
	public LeaveRequest get(long id) {
		Actor actor = actor();
		return requests.findById(id).filter(r -> visibleTo(actor, r))
			.orElseThrow(() -> new NotFoundException("leave.error.notFound"));
	}

	/** The requests in the user's scope matching the filter, newest start first. */
	@Transactional(readOnly = true)
	public Page<LeaveRequest> search(LeaveFilter filter, Pageable page) {
		Actor actor = actor();
		Specification<LeaveRequest> spec = visible(actor);
		if (filter.state() != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("state"), filter.state()));
		}
		if (filter.box() == LeaveFilter.Box.TO_DECIDE) {
			spec = spec.and(awaiting(actor));
		}
		else if (filter.box() == LeaveFilter.Box.MINE) {
			Set<Long> own = actor.scope().personIds();
			spec = spec.and((root, query, cb) -> own.isEmpty() ? cb.disjunction() : root.get("personId").in(own));
		}
		return requests.findAll(spec, page);
	}

	/** The pending requests waiting for the decision of the user's office (the approver's workbench). */
	@Transactional(readOnly = true)
	public List<LeaveRequest> awaitingMyDecision() {
		Actor actor = actor();
		return requests.findAll(visible(actor).and(awaiting(actor)),
				org.springframework.data.domain.Sort.by("startDate", "id"));
	}

	/** The user's own open requests (pending, or approved and not yet returned): the applicant's workbench. */
	@Transactional(readOnly = true)
	public List<LeaveRequest> myOpenRequests() {
		Actor actor = actor();
		Set<Long> own = actor.scope().personIds();
		if (own.isEmpty()) {
			return List.of();
		}
		return requests.findAll((root, query, cb) -> cb.and(root.get("personId").in(own),
				cb.or(cb.equal(root.get("state"), LeaveState.PENDING),
						cb.and(cb.equal(root.get("state"), LeaveState.APPROVED), cb.isNull(root.get("returnedOn"))))),
				org.springframework.data.domain.Sort.by("startDate", "id"));
	}

	/** A request with its decisions, names and the user's possible actions, for pages and the API. */
	@Transactional(readOnly = true)
	public LeaveView view(LeaveRequest request) {
		Actor actor = actor();
		List<LeaveDecision> made = decisions.findByRequestIdOrderByDecidedAtAscIdAsc(request.getId());
		Map<ApproverKind, Boolean> decided = decidedOf(made);
		List<ApproverKind> approvers = request.getRoute().requiredApprovers().stream().sorted().toList();
		List<ApproverKind> awaiting = request.getState() == LeaveState.PENDING
				? approvers.stream().filter(k -> !decided.containsKey(k)).toList() : List.of();
		boolean decide = actor.may("LEAVE_APPROVE") && approverKindOf(actor, request).filter(awaiting::contains).isPresent();
		boolean applicantSide = actor.may("LEAVE_REQUEST") && mayActForApplicant(actor, request);
		Integer counted = request.getState() == LeaveState.APPROVED
				? calendar.workingDays(request.getStartDate(), request.lastCountedDay(), request.getVillageNodeId()) : null;
		return new LeaveView(request.getId(), request.getPersonId(), request.getPersonName(),
				organisation.village(request.getVillageNodeId()).map(VillageSummary::name).orElse(""),
				organisation.unit(request.getUnitId()).map(UnitSummary::name).orElse(""), request.getStartDate(),
				request.getEndDate(), request.getReason(), request.getWorkingDays(), request.getRoute(), approvers, awaiting,
				request.getState(),
				made.stream().map(d -> new LeaveView.DecisionView(d.getApproverKind(), d.isApproved(), d.getOpinion(),
						d.getOfficeName(), d.getDecidedByName(), d.getDecidedAt())).toList(),
				request.getEnteredByName(), request.getEnteredByOfficeName(), request.getCreatedAt(),
				request.getReturnedOn(), request.getReturnReportedBy(), counted,
				new LeaveView.Actions(decide, applicantSide && request.getState() == LeaveState.PENDING,
						applicantSide && request.getState() == LeaveState.APPROVED && !request.isReturned()));
	}

	/** Whether no leave request exists yet (the demo data loads only into an empty register). */
	@Transactional(readOnly = true)
	public boolean isEmpty() {
		return requests.count() == 0;
	}

	@Transactional(readOnly = true)
	public LocalDate today() {
		return LocalDate.now(clock.withZone(CHINA));
	}

	// ---------------------------------------------------------------- who is who

	/** A message argument resolved in the reader's language (a state's or route's name). */
	static org.springframework.context.MessageSourceResolvable label(String key) {
		return new org.springframework.context.support.DefaultMessageSourceResolvable(key);
	}

	private Map<ApproverKind, Boolean> decidedOf(long requestId) {
		return decidedOf(decisions.findByRequestIdOrderByDecidedAtAscIdAsc(requestId));
	}

	private static Map<ApproverKind, Boolean> decidedOf(List<LeaveDecision> made) {
		Map<ApproverKind, Boolean> decided = new EnumMap<>(ApproverKind.class);
		made.forEach(d -> decided.put(d.getApproverKind(), d.isApproved()));
		return decided;
	}

	/** The approver kind the user's office holds for this request, if any (LEA-1/2). */
	private static Optional<ApproverKind> approverKindOf(Actor actor, LeaveRequest request) {
		OfficeSummary office = actor.office();
		if (office == null) {
			return Optional.empty();
		}
		return switch (office.kind()) {
			case TOWNSHIP_PARTY_COMMITTEE -> Objects.equals(office.nodeId(), request.getTownshipNodeId())
					? Optional.of(ApproverKind.TOWNSHIP_PARTY_COMMITTEE) : Optional.empty();
			case ORGANISATION_DEPARTMENT -> Objects.equals(office.nodeId(), request.getCountyNodeId())
					? Optional.of(ApproverKind.COUNTY_ORGANISATION_DEPARTMENT) : Optional.empty();
			case DISPATCHING_UNIT -> Objects.equals(office.unitId(), request.getUnitId())
					? Optional.of(ApproverKind.DISPATCHING_UNIT) : Optional.empty();
			default -> Optional.empty();
		};
	}

	/** The applicant's side: the person themselves, or the township party committee of their village. */
	private static boolean mayActForApplicant(Actor actor, LeaveRequest request) {
		return actor.scope().coversOwnPerson(request.getPersonId())
				|| actor.isOffice(OfficeKind.TOWNSHIP_PARTY_COMMITTEE)
						&& Objects.equals(actor.office().nodeId(), request.getTownshipNodeId());
	}

	private boolean visibleTo(Actor actor, LeaveRequest request) {
		return organisation.postedRecordScope(actor.scope()).covers(request.getPersonId(), request.getVillageNodeId(),
				request.getUnitId());
	}

	/** ORG-5: requests of the scope's villages, of its dispatching units, and the cadre's own. */
	private Specification<LeaveRequest> visible(Actor actor) {
		return organisation.postedRecordScope(actor.scope()).specification();
	}

	/** Pending requests on the route of the user's office that its kind has not decided yet. */
	private static Specification<LeaveRequest> awaiting(Actor actor) {
		OfficeSummary office = actor.office();
		if (office == null) {
			return (root, query, cb) -> cb.disjunction();
		}
		return (root, query, cb) -> {
			var pending = cb.equal(root.get("state"), LeaveState.PENDING);
			ApproverKind kind;
			jakarta.persistence.criteria.Predicate mine;
			switch (office.kind()) {
				case TOWNSHIP_PARTY_COMMITTEE -> {
					kind = ApproverKind.TOWNSHIP_PARTY_COMMITTEE;
					mine = cb.and(cb.equal(root.get("route"), LeaveRoute.TOWNSHIP),
							cb.equal(root.get("townshipNodeId"), office.nodeId()));
				}
				case ORGANISATION_DEPARTMENT -> {
					kind = ApproverKind.COUNTY_ORGANISATION_DEPARTMENT;
					mine = cb.and(cb.equal(root.get("route"), LeaveRoute.COUNTY_AND_UNIT),
							cb.equal(root.get("countyNodeId"), office.nodeId()));
				}
				case DISPATCHING_UNIT -> {
					kind = ApproverKind.DISPATCHING_UNIT;
					mine = cb.and(cb.equal(root.get("route"), LeaveRoute.COUNTY_AND_UNIT),
							cb.equal(root.get("unitId"), office.unitId()));
				}
				default -> {
					return cb.disjunction();
				}
			}
			var done = query.subquery(Long.class);
			var d = done.from(LeaveDecision.class);
			done.select(d.get("id")).where(cb.equal(d.get("requestId"), root.get("id")), cb.equal(d.get("approverKind"), kind));
			return cb.and(pending, mine, cb.not(cb.exists(done)));
		};
	}

	private Actor actor() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !(auth.getPrincipal() instanceof AccountIdentity identity)) {
			throw new NotFoundException("leave.error.notFound");
		}
		OfficeSummary office = identity.officeId() == null ? null
				: organisation.office(identity.officeId()).filter(OfficeSummary::active).orElse(null);
		Set<String> authorities = new java.util.HashSet<>();
		auth.getAuthorities().forEach(a -> authorities.add(a.getAuthority()));
		return new Actor(identity.accountId(), identity.displayName(), office, scopes.currentScope(), authorities);
	}

	/** The user acting: account, name, office (if any), data scope and authorities. */
	private record Actor(long accountId, String name, OfficeSummary office, DataScope scope, Set<String> authorities) {

		boolean isOffice(OfficeKind kind) {
			return office != null && office.kind() == kind;
		}

		boolean may(String authority) {
			return authorities.contains(authority);
		}

	}

}
