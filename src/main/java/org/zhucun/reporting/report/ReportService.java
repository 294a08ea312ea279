package org.zhucun.reporting.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.common.scope.DataScope;
import org.zhucun.common.web.ConflictException;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.common.web.NotFoundException;
import org.zhucun.document.DocumentRef;
import org.zhucun.document.Documents;
import org.zhucun.document.StoredDocument;
import org.zhucun.organisation.OfficeKind;
import org.zhucun.organisation.OfficeSummary;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.organisation.UnitSummary;
import org.zhucun.organisation.VillageSummary;
import org.zhucun.personnel.ActivePostings;
import org.zhucun.personnel.ActivePostings.ActivePosting;
import org.zhucun.personnel.PostingPeriod;
import org.zhucun.personnel.Postings;
import org.zhucun.policy.PolicyKey;
import org.zhucun.policy.PolicyParameters;
import org.zhucun.reporting.report.Overdue.State;
import org.zhucun.reporting.rules.ReportDeadlines;
import org.zhucun.reporting.rules.ReportKind;
import org.zhucun.reporting.support.ReportingActor;
import org.zhucun.reporting.support.ReportingActor.Actor;

/**
 * REP-1..3, REP-5: a linked cadre submits a report once (one transaction: the report and a row per
 * recipient office); each recipient office marks it received under a row lock; late and missing
 * reports are computed for the person and for the recipients. Everything is narrowed to the user's
 * data scope (ORG-5): a report outside it answers 404 as if it did not exist. Dates are China's.
 */
@Service
@Transactional
public class ReportService {

	static final int MAX_BODY = 20000;

	private final ReportRepository reports;

	private final ReportRecipientRepository recipients;

	private final ActivePostings activePostings;

	private final Postings postings;

	private final OrganisationDirectory organisation;

	private final PolicyParameters parameters;

	private final ReportingActor actors;

	private final EntityManager entities;

	private final Clock clock;

	private final Documents documents;

	ReportService(ReportRepository reports, ReportRecipientRepository recipients, ActivePostings activePostings,
			Postings postings, OrganisationDirectory organisation, PolicyParameters parameters, ReportingActor actors,
			EntityManager entities, Clock clock, Documents documents) {
		this.documents = documents;
		this.reports = reports;
		this.recipients = recipients;
		this.activePostings = activePostings;
		this.postings = postings;
		this.organisation = organisation;
		this.parameters = parameters;
		this.actors = actors;
		this.entities = entities;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- submitting

	/** REP-1..3: the linked cadre submits a report written in the system. */
	public Report submit(ReportCommand command) {
		return submit(command, null, null);
	}

	/**
	 * REP-1..3: the linked cadre submits a report, written in the system or uploaded as a document
	 * (then the text may be left out); it is routed to every recipient office the policy names. The
	 * upload is stored in the same transaction: a refused report leaves no document behind.
	 */
	public Report submit(ReportCommand command, String fileName, byte[] content) {
		Actor actor = actors.current();
		Long own = actor.ownPersonId();
		ActivePosting posting = (own == null ? Optional.<ActivePosting>empty() : activePostings.of(own))
			.orElseThrow(() -> new InvalidInputException("kind", "reporting.error.notPosted"));
		if (command.kind() == null) {
			throw new InvalidInputException("kind", "validation.required");
		}
		String title = command.title() == null ? "" : command.title().strip();
		if (title.isEmpty() || title.length() > 200) {
			throw new InvalidInputException("title", "reporting.error.title");
		}
		String body = command.body() == null ? "" : command.body().strip();
		boolean upload = content != null && content.length > 0;
		if ((body.isEmpty() && !upload) || body.length() > MAX_BODY) {
			throw new InvalidInputException("body", "reporting.error.body", MAX_BODY);
		}
		LocalDate today = today();
		ReportKind kind = command.kind();
		int year = kind.periodic() ? requireYear(command.year(), today) : today.getYear();
		int period = kind.periodic() ? requirePeriod(kind, command.period()) : 0;
		if (kind.periodic()) {
			if (ReportDeadlines.periodStart(kind, year, period).isAfter(today)) {
				throw new InvalidInputException("period", "reporting.error.futurePeriod");
			}
			if (reports.existsByPersonIdAndKindAndPeriodYearAndPeriodNo(posting.personId(), kind, year, period)) {
				throw new ConflictException("reporting.error.alreadySubmitted", label(kind.messageKey()), year, period);
			}
		}
		List<OfficeSummary> offices = recipientsOf(kind, posting.townshipNodeId(), posting.countyNodeId(), posting.unitId());
		if (offices.isEmpty()) {
			throw new InvalidInputException("kind", "reporting.error.noRecipients");
		}
		LocalDate due = deadlines(posting.villageNodeId(), year).dueDate(kind, year, period).orElse(null);
		Long documentId = upload ? documents.store(fileName, content).id() : null;
		Report report;
		try {
			report = reports.saveAndFlush(new Report(posting, kind, year, period, title, body.isEmpty() ? null : body,
					documentId, due, clock.instant(),
					today, actor.name()));
		}
		catch (DataIntegrityViolationException ex) {
			// two submissions of one period at once: the unique index lets one through (SEC-8)
			throw new ConflictException("reporting.error.alreadySubmitted", label(kind.messageKey()), year, period);
		}
		long id = report.getId();
		recipients.saveAllAndFlush(offices.stream().map(o -> new ReportRecipient(id, o)).toList());
		return report;
	}

	/** REP-1/2: the active offices the policy names for a kind: township and unit, or the county's two offices. */
	List<OfficeSummary> recipientsOf(ReportKind kind, long townshipNodeId, long countyNodeId, long unitId) {
		List<OfficeSummary> offices = new ArrayList<>();
		for (OfficeKind officeKind : kind.recipients().officeKinds()) {
			switch (officeKind) {
				case TOWNSHIP_PARTY_COMMITTEE -> offices.addAll(organisation.activeOfficesAt(townshipNodeId, officeKind));
				case DISPATCHING_UNIT -> offices.addAll(organisation.activeOfficesOfUnit(unitId));
				default -> offices.addAll(organisation.activeOfficesAt(countyNodeId, officeKind));
			}
		}
		return offices;
	}

	private static int requireYear(Integer year, LocalDate today) {
		if (year == null || year < 2000 || year > today.getYear()) {
			throw new InvalidInputException("year", "reporting.error.year");
		}
		return year;
	}

	private static int requirePeriod(ReportKind kind, Integer period) {
		// the written reports have one period a year: the form's quarter field does not apply to them
		int p = kind.periods().size() == 1 ? kind.periods().get(0) : period == null ? -1 : period;
		if (!kind.periods().contains(p)) {
			throw new InvalidInputException("period", "reporting.error.period");
		}
		return p;
	}

	/** POL-1: the due dates in force for the village in the report's year. */
	ReportDeadlines deadlines(long villageNodeId, int year) {
		return new ReportDeadlines(parameters.value(PolicyKey.REPORT_QUARTERLY_DUE_DAYS, villageNodeId, year),
				parameters.value(PolicyKey.REPORT_SEMI_ANNUAL_DUE_MONTH, villageNodeId, year),
				parameters.value(PolicyKey.REPORT_SEMI_ANNUAL_DUE_DAY, villageNodeId, year),
				parameters.value(PolicyKey.REPORT_ANNUAL_DUE_MONTH, villageNodeId, year),
				parameters.value(PolicyKey.REPORT_ANNUAL_DUE_DAY, villageNodeId, year));
	}

	// ---------------------------------------------------------------- receiving

	/**
	 * REP-1: the user's office marks the report received. 404 outside the scope, 403 when the office
	 * is not a recipient, 409 when it has marked it already.
	 */
	public Report receive(long id) {
		Actor actor = actors.current();
		Report report = entities.find(Report.class, id, LockModeType.PESSIMISTIC_WRITE);
		if (report == null || !visibleTo(actor, report)) {
			throw new NotFoundException("reporting.error.notFound");
		}
		if (actor.office() == null) {
			throw new NotARecipientException("reporting.error.notARecipient");
		}
		ReportRecipient recipient = recipients.findByReportIdAndOfficeId(id, actor.office().id())
			.orElseThrow(() -> new NotARecipientException("reporting.error.notARecipient"));
		if (recipient.isReceived()) {
			throw new ConflictException("reporting.error.alreadyReceived", recipient.getReceivedByName());
		}
		recipient.markReceived(actor.name(), clock.instant());
		recipients.saveAndFlush(recipient);
		return report;
	}

	// ---------------------------------------------------------------- reading

	@Transactional(readOnly = true)
	public Report get(long id) {
		Actor actor = actors.current();
		return reports.findById(id).filter(r -> visibleTo(actor, r))
			.orElseThrow(() -> new NotFoundException("reporting.error.notFound"));
	}

	/** The uploaded document of a report the user may see (REP-1); 404 when there is none. */
	@Transactional(readOnly = true)
	public StoredDocument document(long id) {
		Report report = get(id);
		return java.util.Optional.ofNullable(report.getDocumentId()).flatMap(documents::read)
			.orElseThrow(() -> new NotFoundException("reporting.error.notFound"));
	}

	/** The reports in the user's scope: all, the user's own, or those waiting for the office's receipt. */
	@Transactional(readOnly = true)
	public Page<Report> search(ReportBox box, ReportKind kind, Pageable page) {
		Actor actor = actors.current();
		Specification<Report> spec = visible(actor);
		if (kind != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("kind"), kind));
		}
		if (box == ReportBox.TO_RECEIVE) {
			spec = spec.and(awaitingReceipt(actor));
		}
		else if (box == ReportBox.MINE) {
			Set<Long> own = actor.scope().personIds();
			spec = spec.and((root, query, cb) -> own.isEmpty() ? cb.disjunction() : root.get("personId").in(own));
		}
		return reports.findAll(spec, page);
	}

	/** The reports waiting for the user's office to mark them received (the recipient's workbench). */
	@Transactional(readOnly = true)
	public List<Report> awaitingMyReceipt() {
		Actor actor = actors.current();
		return reports.findAll(visible(actor).and(awaitingReceipt(actor)), Sort.by("submittedAt", "id"));
	}

	@Transactional(readOnly = true)
	public ReportView view(Report report) {
		Actor actor = actors.current();
		List<ReportRecipient> to = recipients.findByReportIdOrderByIdAsc(report.getId());
		boolean canReceive = actor.may("REPORT_RECEIVE") && actor.office() != null
				&& to.stream().anyMatch(r -> r.getOfficeId().equals(actor.office().id()) && !r.isReceived());
		return new ReportView(report.getId(), report.getKind(), report.getPeriodYear(), report.getPeriodNo(),
				report.getPersonId(), report.getPersonName(),
				organisation.village(report.getVillageNodeId()).map(VillageSummary::name).orElse(""),
				organisation.unit(report.getUnitId()).map(UnitSummary::name).orElse(""), report.getTitle(),
				report.getBody(), documentOf(report.getDocumentId()), report.getDueDate(), report.getSubmittedOn(),
				report.getSubmittedAt(), report.isLate(),
				to.stream().map(r -> new ReportView.RecipientView(r.getOfficeId(), r.getOfficeName(), r.getOfficeKind(),
						r.isReceived(), r.getReceivedAt(), r.getReceivedByName())).toList(),
				canReceive);
	}

	private DocumentRef documentOf(Long documentId) {
		return documentId == null ? null : documents.describe(List.of(documentId)).stream().findFirst().orElse(null);
	}

	@Transactional(readOnly = true)
	public LocalDate today() {
		return ReportingActor.today(clock);
	}

	/** Whether no report exists yet (the demo data loads only into an empty register). */
	@Transactional(readOnly = true)
	public boolean isEmpty() {
		return reports.count() == 0;
	}

	// ---------------------------------------------------------------- REP-5: late and missing

	/**
	 * REP-5: the late and missing reports whose due date fell in the last twelve months, and the
	 * teams of last year short of the work-information minimum — for the person (their own), or for
	 * a recipient office (the kinds sent to it, of the people it receives from). Newest due date first.
	 */
	@Transactional(readOnly = true)
	public List<Overdue> overdue() {
		Actor actor = actors.current();
		LocalDate today = today();
		LocalDate from = today.minusYears(1);
		List<PostingPeriod> people;
		List<ReportKind> kinds;
		Long own = actor.ownPersonId();
		OfficeSummary office = actor.office();
		if (own != null && actor.may("REPORT_WRITE")) {
			people = postings.ofPerson(own, from, today);
			kinds = List.of(ReportKind.values());
		}
		else if (office != null && actor.may("REPORT_RECEIVE")) {
			kinds = java.util.Arrays.stream(ReportKind.values()).filter(k -> k.sentTo(office.kind())).toList();
			people = postingsReportingTo(actor, office, from, today);
		}
		else {
			return List.of();
		}
		if (people.isEmpty() || kinds.isEmpty()) {
			return List.of();
		}
		Set<Integer> years = Set.of(from.getYear(), today.getYear());
		Map<String, Report> submitted = new HashMap<>();
		reports.findByPersonIdInAndPeriodYearIn(people.stream().map(PostingPeriod::personId).collect(Collectors.toSet()),
				years).forEach(r -> submitted.put(key(r.getPersonId(), r.getKind(), r.getPeriodYear(), r.getPeriodNo()), r));
		Map<String, Overdue> found = new LinkedHashMap<>();
		Map<String, ReportDeadlines> deadlinesByVillageAndYear = new HashMap<>();
		for (PostingPeriod p : people) {
			for (int year = from.getYear(); year <= today.getYear(); year++) {
				int y = year;
				ReportDeadlines deadlines = deadlinesByVillageAndYear.computeIfAbsent(p.villageNodeId() + "/" + year,
						k -> deadlines(p.villageNodeId(), y));
				for (ReportKind kind : kinds) {
					for (int period : kind.periods()) {
						LocalDate due = deadlines.dueDate(kind, year, period).orElseThrow();
						if (!due.isAfter(from) || !p.covers(ReportDeadlines.periodEnd(kind, year, period))) {
							continue;
						}
						String key = key(p.personId(), kind, year, period);
						Report report = submitted.get(key);
						if (report != null && report.isLate()) {
							found.putIfAbsent(key, new Overdue(State.LATE, p.personId(), p.personName(), kind, year, period,
									report.getDueDate(), report.getId(), report.getSubmittedOn(), 0, 0));
						}
						else if (report == null && ReportDeadlines.isMissing(due, today)) {
							found.putIfAbsent(key, new Overdue(State.MISSING, p.personId(), p.personName(), kind, year,
									period, due, null, null, 0, 0));
						}
					}
				}
			}
		}
		List<Overdue> all = new ArrayList<>(found.values());
		if (kinds.contains(ReportKind.WORK_INFO)) {
			all.addAll(workInfoShortLastYear(people, today.getYear() - 1));
		}
		all.sort(Comparator.comparing(Overdue::dueDate).reversed().thenComparing(Overdue::personName));
		return all;
	}

	/** REP-3: the teams (villages) of these postings that sent fewer work-information items last year than the minimum. */
	private List<Overdue> workInfoShortLastYear(List<PostingPeriod> people, int year) {
		LocalDate yearEnd = LocalDate.of(year, 12, 31);
		Map<Long, PostingPeriod> byVillage = new LinkedHashMap<>();
		people.stream().filter(p -> p.covers(yearEnd)).forEach(p -> byVillage.putIfAbsent(p.villageNodeId(), p));
		if (byVillage.isEmpty()) {
			return List.of();
		}
		Map<Long, Long> counts = reports.findByKindAndVillageNodeIdInAndPeriodYear(ReportKind.WORK_INFO, byVillage.keySet(), year)
			.stream().collect(Collectors.groupingBy(Report::getVillageNodeId, Collectors.counting()));
		List<Overdue> shortfalls = new ArrayList<>();
		byVillage.forEach((village, p) -> {
			int minimum = parameters.value(PolicyKey.REPORT_WORK_INFO_YEARLY_MINIMUM, village, year);
			int count = counts.getOrDefault(village, 0L).intValue();
			if (count < minimum) {
				String team = organisation.village(village).map(VillageSummary::name).orElse(p.personName());
				shortfalls.add(new Overdue(State.SHORT, p.personId(), team, ReportKind.WORK_INFO, year, 0, yearEnd, null,
						null, count, minimum));
			}
		});
		return shortfalls;
	}

	/** REP-3: work-information items the person's team (village) sent this year, and the yearly minimum. */
	@Transactional(readOnly = true)
	public Optional<int[]> myTeamWorkInfo() {
		Actor actor = actors.current();
		Long own = actor.ownPersonId();
		if (own == null) {
			return Optional.empty();
		}
		int year = today().getYear();
		return activePostings.of(own).map(p -> new int[] {
				reports.findByKindAndVillageNodeIdInAndPeriodYear(ReportKind.WORK_INFO, List.of(p.villageNodeId()), year).size(),
				parameters.value(PolicyKey.REPORT_WORK_INFO_YEARLY_MINIMUM, p.villageNodeId(), year) });
	}

	/** The postings of the people who report to this office: its township's, its unit's or its county's villages. */
	private List<PostingPeriod> postingsReportingTo(Actor actor, OfficeSummary office, LocalDate from, LocalDate to) {
		DataScope scope = actor.scope();
		List<PostingPeriod> found = new ArrayList<>();
		if (office.kind() == OfficeKind.DISPATCHING_UNIT) {
			if (office.unitId() != null && (scope.isUnrestricted() || organisation.unitIdsWithin(scope).contains(office.unitId()))) {
				found.addAll(postings.ofUnits(List.of(office.unitId()), from, to));
			}
			return found;
		}
		Map<Long, String> paths = new HashMap<>();
		for (PostingPeriod p : postings.postedIn(organisation.villageIdsWithin(scope), from, to)) {
			String path = paths.computeIfAbsent(p.villageNodeId(),
					v -> organisation.village(v).map(VillageSummary::path).orElse(""));
			if (office.nodePath() != null && path.startsWith(office.nodePath())) {
				found.add(p);
			}
		}
		return found;
	}

	private static String key(long personId, ReportKind kind, int year, int period) {
		return personId + "/" + kind + "/" + year + "/" + period;
	}

	// ---------------------------------------------------------------- who sees what

	/** A message argument resolved in the reader's language (a kind's name). */
	public static MessageSourceResolvable label(String key) {
		return new DefaultMessageSourceResolvable(key);
	}

	private boolean visibleTo(Actor actor, Report report) {
		return organisation.postedRecordScope(actor.scope()).covers(report.getPersonId(), report.getVillageNodeId(),
				report.getUnitId());
	}

	/** ORG-5: reports of the scope's villages, of its dispatching units, and the cadre's own. */
	private Specification<Report> visible(Actor actor) {
		return organisation.postedRecordScope(actor.scope()).specification();
	}

	/** Reports with a recipient row of the user's office not yet marked received. */
	private static Specification<Report> awaitingReceipt(Actor actor) {
		OfficeSummary office = actor.office();
		if (office == null) {
			return (root, query, cb) -> cb.disjunction();
		}
		return (root, query, cb) -> {
			var sub = query.subquery(Long.class);
			var r = sub.from(ReportRecipient.class);
			sub.select(r.get("id")).where(cb.equal(r.get("reportId"), root.get("id")),
					cb.equal(r.get("officeId"), office.id()), cb.isNull(r.get("receivedAt")));
			return cb.exists(sub);
		};
	}


}
