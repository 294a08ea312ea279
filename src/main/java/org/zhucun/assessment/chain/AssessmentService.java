package org.zhucun.assessment.chain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.assessment.AssessmentResults;
import org.zhucun.assessment.Grade;
import org.zhucun.assessment.rules.AssessmentKind;
import org.zhucun.assessment.rules.ChainRule;
import org.zhucun.assessment.rules.GradeRules;
import org.zhucun.assessment.rules.Step;
import org.zhucun.common.scope.DataScope;
import org.zhucun.common.scope.DataScopeProvider;
import org.zhucun.common.scope.PostedRecordScope;
import org.zhucun.common.scope.SystemContext;
import org.zhucun.common.security.AccountIdentity;
import org.zhucun.common.security.CurrentActor;
import org.zhucun.common.security.Permission;
import org.zhucun.common.web.ConflictException;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.common.web.NotFoundException;
import org.zhucun.organisation.NodeLevel;
import org.zhucun.organisation.OfficeSummary;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.organisation.PlaceSummary;
import org.zhucun.organisation.VillageSummary;
import org.zhucun.personnel.PersonFacts;
import org.zhucun.personnel.PostingPeriod;
import org.zhucun.personnel.Postings;
import org.zhucun.personnel.ReplacementRequests;
import org.zhucun.personnel.ReplacementTrigger;
import org.zhucun.policy.PolicyKey;
import org.zhucun.policy.PolicyParameters;
import org.zhucun.reporting.QuarterlyReports;
import org.zhucun.supervision.DisciplineRecords;
import org.zhucun.tasks.TaskRegister;
import org.zhucun.worklog.WorkLogDigest;

/**
 * The quarterly (Annex 4, ASM-1) and annual (Annex 5, ASM-2..7) assessments and their chains. Every
 * read and write is narrowed by the data scope (ORG-5); each step is one transaction (SEC-9) taken
 * under a row lock of the assessment, so that of two concurrent signatures of one step exactly one
 * succeeds and the other is refused as out of order (SEC-8).
 */
@Service
@Transactional(readOnly = true)
public class AssessmentService implements AssessmentResults {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final int MAX_TEXT = 4000;

	private final AssessmentRepository assessments;

	private final QuotaLedger quota;

	private final OrganisationDirectory organisation;

	private final Postings postings;

	private final PersonFacts people;

	private final WorkLogDigest worklog;

	private final QuarterlyReports reports;

	private final DisciplineRecords discipline;

	private final TaskRegister tasks;

	private final ReplacementRequests replacements;

	private final DataScopeProvider scopes;

	private final Clock clock;

	private final MessageSource messages;

	private final PolicyParameters policy;

	AssessmentService(AssessmentRepository assessments, QuotaLedger quota, OrganisationDirectory organisation,
			Postings postings, PersonFacts people, WorkLogDigest worklog, QuarterlyReports reports,
			DisciplineRecords discipline, TaskRegister tasks, ReplacementRequests replacements, DataScopeProvider scopes,
			Clock clock, MessageSource messages, PolicyParameters policy) {
		this.policy = policy;
		this.assessments = assessments;
		this.quota = quota;
		this.organisation = organisation;
		this.postings = postings;
		this.people = people;
		this.worklog = worklog;
		this.reports = reports;
		this.discipline = discipline;
		this.tasks = tasks;
		this.replacements = replacements;
		this.scopes = scopes;
		this.clock = clock;
		this.messages = messages;
	}

	/** A step to sign: which, the version the user saw, the text, the grade where the step sets one. */
	public record SignCommand(Step step, Long version, String opinion, Grade grade) {
	}

	/** A return to an earlier step with the reason. */
	public record ReturnCommand(Step target, Long version, String reason) {
	}

	/** A person of a board: their posting in the period and their assessment, if it has begun. */
	public record BoardRow(PostingPeriod posting, String villageName, Assessment assessment) {
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

	public int currentQuarter() {
		return (today().getMonthValue() - 1) / 3 + 1;
	}

	// --- boards ---

	/** The people posted within the scope during the period and their assessment of it (the board). */
	public List<BoardRow> board(AssessmentKind kind, int year, int quarter) {
		int q = kind == AssessmentKind.ANNUAL ? 0 : checkQuarter(quarter);
		LocalDate from = q == 0 ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 3 * q - 2, 1);
		LocalDate to = q == 0 ? LocalDate.of(year, 12, 31) : from.plusMonths(3).minusDays(1);
		Map<Long, PostingPeriod> posted = postedWithin(scopes.currentScope(), from, to);
		Map<Long, Assessment> existing = assessments
			.findByKindAndYearAndQuarterAndPersonIdIn(kind, year, q, posted.isEmpty() ? List.of(-1L) : posted.keySet())
			.stream()
			.collect(Collectors.toMap(Assessment::getPersonId, a -> a));
		Map<Long, String> names = new HashMap<>();
		return posted.values()
			.stream()
			.sorted(Comparator.comparing(PostingPeriod::villageNodeId).thenComparing(PostingPeriod::personName))
			.map(p -> new BoardRow(p, names.computeIfAbsent(p.villageNodeId(), this::villageName),
					existing.get(p.personId())))
			.toList();
	}

	/** The assessments of a year within the scope (quarterly and annual), for lists and the API. */
	public List<Assessment> list(int year) {
		PostedRecordScope scope = organisation.postedRecordScope(scopes.currentScope());
		return assessments.findAll(scope.<Assessment>specification()
			.and((root, query, cb) -> cb.equal(root.get("year"), year)),
				org.springframework.data.domain.Sort.by("kind", "quarter", "villageNodeId", "personName"));
	}

	/** Assessments within the scope whose open step the user may sign (the workbench). */
	public List<Assessment> waitingForMe() {
		PostedRecordScope scope = organisation.postedRecordScope(scopes.currentScope());
		return assessments.findAll(scope.<Assessment>specification()
			.and((root, query, cb) -> cb.isFalse(root.get("complete"))))
			.stream()
			.filter(a -> !actable(a, actor()).isEmpty())
			.toList();
	}

	/** The annual assessments within the scope waiting for the county's review, or reviewed, of a year. */
	public List<Assessment> countyReview(int year) {
		return list(year).stream()
			.filter(a -> a.getKind() == AssessmentKind.ANNUAL)
			.filter(a -> a.isComplete() || a.openSteps().stream().anyMatch(Step::isCounty))
			.toList();
	}

	// --- one assessment ---

	public Assessment view(long id) {
		return assessments.findById(id).filter(this::visible).orElseThrow(AssessmentService::notFound);
	}

	/** Starts the assessment of a person for a period: the township, or the person themselves. */
	@Transactional
	public Assessment start(long personId, AssessmentKind kind, int year, int quarter) {
		if (kind == null) {
			throw new InvalidInputException("kind", "assessment.error.required");
		}
		int q = kind == AssessmentKind.ANNUAL ? 0 : checkQuarter(quarter);
		LocalDate from = q == 0 ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 3 * q - 2, 1);
		LocalDate to = q == 0 ? LocalDate.of(year, 12, 31) : from.plusMonths(3).minusDays(1);
		DataScope scope = scopes.currentScope();
		PostingPeriod posting = postedWithin(scope, from, to).get(personId);
		if (posting == null) {
			throw notFound();
		}
		Optional<Assessment> existing = assessments.findByPersonIdAndKindAndYearAndQuarter(personId, kind, year, q);
		if (existing.isPresent()) {
			return existing.get();
		}
		boolean own = has(Permission.ASSESSMENT_SUMMARY) && scope.coversOwnPerson(personId);
		boolean township = has(Permission.ASSESSMENT_TOWNSHIP)
				&& organisation.villageIdsWithin(scope).contains(posting.villageNodeId());
		if (!SystemContext.active() && !own && !township) {
			throw new AccessDeniedException("assessment start");
		}
		if (from.isAfter(today())) {
			throw new InvalidInputException("quarter", "assessment.error.future");
		}
		List<PlaceSummary> path = organisation.placesOnPath(posting.villageNodeId());
		long townshipId = level(path, NodeLevel.TOWNSHIP);
		long countyId = level(path, NodeLevel.COUNTY);
		boolean civilServant = people.of(personId).map(PersonFacts.Facts::civilServant).orElse(false);
		Instant now = clock.instant();
		Assessment a = assessments.saveAndFlush(new Assessment(kind, year, q, personId, posting.personName(), civilServant,
				posting.villageNodeId(), villageName(posting.villageNodeId()), townshipId, countyId, posting.unitId(),
				CurrentActor.name(), now));
		a.note(new AssessmentEvent(a.getId(), AssessmentEvent.Action.STARTED, null, null, null, null,
				CurrentActor.name(), now));
		return a;
	}

	/**
	 * Starts the quarterly assessment of every person posted in the township's villages (within the
	 * user's scope) during the quarter who has none yet; one transaction, all or nothing (SEC-9), and
	 * nothing new when run again. Returns how many were started.
	 */
	@Transactional
	public int startQuarter(long townshipId, int year, int quarter) {
		if (!SystemContext.active() && !has(Permission.ASSESSMENT_TOWNSHIP)) {
			throw new AccessDeniedException("assessment start");
		}
		int q = checkQuarter(quarter);
		Set<Long> villages = villagesOfTownship(townshipId);
		LocalDate from = LocalDate.of(year, 3 * q - 2, 1);
		if (from.isAfter(today())) {
			throw new InvalidInputException("quarter", "assessment.error.future");
		}
		if (villages.isEmpty()) {
			return 0;
		}
		Set<Long> posted = postings.postedIn(villages, from, from.plusMonths(3).minusDays(1))
			.stream()
			.map(PostingPeriod::personId)
			.collect(Collectors.toCollection(java.util.TreeSet::new));
		if (posted.isEmpty()) {
			return 0;
		}
		Set<Long> begun = assessments.findByKindAndYearAndQuarterAndPersonIdIn(AssessmentKind.QUARTERLY, year, q, posted)
			.stream()
			.map(Assessment::getPersonId)
			.collect(Collectors.toSet());
		int started = 0;
		for (long personId : posted) {
			if (!begun.contains(personId)) {
				start(personId, AssessmentKind.QUARTERLY, year, q);
				started++;
			}
		}
		return started;
	}

	/** The townships holding the villages of a board's rows, by name (the board's actions per township). */
	public List<PlaceSummary> townshipsOf(List<BoardRow> rows) {
		Map<Long, PlaceSummary> townships = new HashMap<>();
		rows.stream().map(r -> r.posting().villageNodeId()).distinct().forEach(v -> organisation.placesOnPath(v)
			.stream()
			.filter(p -> p.level() == NodeLevel.TOWNSHIP)
			.findFirst()
			.ifPresent(t -> townships.put(t.id(), t)));
		return townships.values().stream().sorted(Comparator.comparing(PlaceSummary::code)).toList();
	}

	/**
	 * The villages of a township that the user's scope covers; "not found" when the scope does not
	 * cover the township, or the node is no township (ORG-5).
	 */
	public Set<Long> villagesOfTownship(long townshipId) {
		List<PlaceSummary> path = organisation.placesOnPath(townshipId);
		PlaceSummary township = path.isEmpty() ? null : path.get(path.size() - 1);
		if (township == null || township.id() != townshipId || township.level() != NodeLevel.TOWNSHIP
				|| !scopes.currentScope().coversPath(township.path())) {
			throw notFound();
		}
		Set<Long> villages = new java.util.HashSet<>(organisation.villageIdsWithin(DataScope.subtree(township.path())));
		villages.retainAll(organisation.villageIdsWithin(scopes.currentScope()));
		return villages;
	}

	/** Signs the open step (SUMMARY … COUNTY_POVERTY) with its opinion, and the grade where the step sets one. */
	@Transactional
	public Assessment sign(long id, SignCommand c) {
		Assessment a = assessments.lockById(id).filter(this::visible).orElseThrow(AssessmentService::notFound);
		if (c.step() == null) {
			throw new InvalidInputException("step", "assessment.error.required");
		}
		checkVersion(a, c.version());
		if (!a.openSteps().contains(c.step())) {
			throw outOfOrder(a, c.step());
		}
		Boolean onPaper = mayAct(a, c.step(), actor()).orElseThrow(() -> new AccessDeniedException("assessment step"));
		String opinion = text("opinion", c.opinion());
		Grade grade = null;
		if (c.step().setsGrade(a.getKind())) {
			grade = c.grade() != null ? c.grade() : c.step().isCounty() ? a.getGrade() : null;
			if (grade == null) {
				throw new InvalidInputException("grade", "assessment.error.gradeRequired");
			}
			if (a.getKind() == AssessmentKind.ANNUAL) {
				applyAnnualRules(a, grade);
			}
		}
		Instant now = clock.instant();
		String by = CurrentActor.name();
		a.sign(new StepRecord(a.getId(), c.step(), opinion, grade, by, today(), now, onPaper),
				new AssessmentEvent(a.getId(), AssessmentEvent.Action.SIGNED, c.step(), null, opinion, grade, by, now));
		if (ChainRule.complete(a.getKind(), a.signedSteps())) {
			a.completeOn(today(), new AssessmentEvent(a.getId(), AssessmentEvent.Action.COMPLETED, null, null, null,
					a.getGrade(), by, now));
			if (a.getKind() == AssessmentKind.ANNUAL && !a.getGrade().atLeast(Grade.COMPETENT)) {
				// USE-3 (Art. 11 item 3): the unit must replace the person once the county confirms the grade
				replacements.open(a.getPersonId(), ReplacementTrigger.ASSESSMENT,
						a.getYear() + " 年度考核为" + a.getGradeWording() + "，派出单位应予以退换（第十一条）");
			}
		}
		assessments.saveAndFlush(a);
		return a;
	}

	/** Returns the assessment to an earlier step with a reason: the steps from there on are undone, the history keeps them. */
	@Transactional
	public Assessment giveBack(long id, ReturnCommand c) {
		Assessment a = assessments.lockById(id).filter(this::visible).orElseThrow(AssessmentService::notFound);
		checkVersion(a, c.version());
		Set<Step> mine = actable(a);
		if (mine.isEmpty()) {
			throw a.isComplete() ? new ConflictException("assessment.error.complete")
					: new AccessDeniedException("assessment return");
		}
		Step from = mine.iterator().next();
		if (c.target() == null || !ChainRule.returnTargets(a.getKind(), from).contains(c.target())) {
			throw new InvalidInputException("target", "assessment.error.returnTarget");
		}
		String reason = text("reason", c.reason());
		Instant now = clock.instant();
		a.giveBack(ChainRule.undoneByReturn(a.getKind(), c.target()), new AssessmentEvent(a.getId(),
				AssessmentEvent.Action.RETURNED, from, c.target(), reason, null, CurrentActor.name(), now));
		if (a.getGrade() != Grade.EXCELLENT) {
			quota.release(a);
		}
		else if (a.getKind() == AssessmentKind.ANNUAL) {
			// the township's 优秀 stands again after the county's change was undone: it needs its place back
			quota.take(a);
		}
		assessments.saveAndFlush(a);
		return a;
	}

	/** The open steps the current user may sign. */
	public Set<Step> actable(Assessment a) {
		return actable(a, actor());
	}

	private Set<Step> actable(Assessment a, Actor actor) {
		Set<Step> steps = EnumSet.noneOf(Step.class);
		if (a.isComplete()) {
			return steps;
		}
		a.openSteps().forEach(s -> mayAct(a, s, actor).ifPresent(p -> steps.add(s)));
		return steps;
	}

	/** The current user as the step rules see them, looked up once per action or list. */
	private record Actor(DataScope scope, Set<Long> villages, Optional<OfficeSummary> office) {
	}

	private Actor actor() {
		DataScope scope = scopes.currentScope();
		return new Actor(scope, organisation.villageIdsWithin(scope), myOffice());
	}

	/** The steps the current user may send the assessment back to. */
	public List<Step> returnTargets(Assessment a) {
		Set<Step> mine = actable(a);
		return mine.isEmpty() ? List.of() : ChainRule.returnTargets(a.getKind(), mine.iterator().next());
	}

	/** The quarterly summary pre-filled from the quarter's work log and quarterly report (ASM-1, BUR-1). */
	public String prefill(Assessment a) {
		if (a.getKind() == AssessmentKind.ANNUAL) {
			StringBuilder text = new StringBuilder();
			for (int q = 1; q <= 4; q++) {
				text.append(digestLine(a.getPersonId(), a.getYear(), q)).append('\n');
			}
			return text.toString().strip();
		}
		StringBuilder text = new StringBuilder(digestLine(a.getPersonId(), a.getYear(), a.getQuarter()));
		reports.of(a.getPersonId(), a.getYear(), a.getQuarter())
			.ifPresent(r -> text.append("\n季度报告《").append(r.title()).append("》")
				.append(r.body() == null ? "（附件）" : "：" + r.body()));
		worklog.quarter(a.getPersonId(), a.getYear(), a.getQuarter())
			.entries()
			.stream()
			.filter(l -> l.kind().equals("WORK"))
			.limit(10)
			.forEach(l -> text.append("\n· ").append(l.day()).append(' ').append(abbreviate(l.text(), 120)));
		return abbreviate(text.toString(), MAX_TEXT);
	}

	private String digestLine(long personId, int year, int quarter) {
		var d = worklog.quarter(personId, year, quarter);
		return "第" + quarter + "季度：工作日志 " + d.total() + " 篇（工作 " + d.work() + "、学习 " + d.study() + "、民情日记 "
				+ d.diary() + "）。";
	}

	// --- annual rules (ASM-4, ASM-5, ASM-6) ---

	/** What the grade rules see of the person's year. */
	public GradeRules.Facts facts(Assessment a) {
		return facts(a.getPersonId(), a.getYear(), a.getVillageNodeId());
	}

	/**
	 * The same for a person and year before the annual assessment has begun (the annual board), judged
	 * by the numbers in force for the village of their posting that year (POL-1).
	 */
	public GradeRules.Facts facts(long personId, int year, long villageNodeId) {
		List<Grade> quarterly = quarterlyGrades(personId, year).values().stream().toList();
		var d = discipline.ofPerson(personId, year);
		var t = tasks.ofPerson(personId, year);
		return new GradeRules.Facts(quarterly, d.criticismNotices(), d.laxDiscipline(), d.derelictionOrSerious(),
				d.inaction(), t.notDone(), limits(villageNodeId, year));
	}

	/** The numbers of the grade rules in force for a node and year (POL-1: ASM-4, ASM-5). */
	public GradeRules.Limits limits(long nodeId, int year) {
		return new GradeRules.Limits(policy.value(PolicyKey.ASSESSMENT_CRITICISM_NOTICES_CAP, nodeId, year),
				policy.value(PolicyKey.ASSESSMENT_QUARTERLY_EXCELLENT_MINIMUM, nodeId, year));
	}

	/** The least share of the duties in the annual score in force for a node and year, in % (POL-1: ASM-7). */
	public java.math.BigDecimal dutyShareMinimum(long nodeId, int year) {
		return java.math.BigDecimal.valueOf(policy.value(PolicyKey.ASSESSMENT_DUTY_SHARE_MIN_PERCENT, nodeId, year));
	}

	/** The completed quarterly grades of a person's year, by quarter. */
	public Map<Integer, Grade> quarterlyGrades(long personId, int year) {
		Map<Integer, Grade> grades = new LinkedHashMap<>();
		assessments.completedQuarterGrades(List.of(personId), year).forEach(g -> grades.put(g.quarter(), g.grade()));
		return grades;
	}

	public Optional<QuotaLedger.Usage> quotaUsage(Assessment a) {
		return quota.usage(a);
	}

	/**
	 * The annual board's figures (ASM-4..6): per person the best grade the rules allow with the reasons,
	 * and the 优秀 places used / allowed of each level their people count against.
	 */
	public record AnnualBoard(Map<Long, GradeRules.Ceiling> ceilings, Map<Long, Boolean> civilServants,
			List<QuotaLedger.Usage> quotas) {
	}

	public AnnualBoard annualBoard(List<BoardRow> rows, int year) {
		Map<Long, GradeRules.Ceiling> ceilings = new HashMap<>();
		Map<Long, QuotaLedger.Usage> quotas = new LinkedHashMap<>();
		Map<Long, Optional<PlaceSummary>> levels = new HashMap<>();
		for (BoardRow r : rows) {
			ceilings.put(r.posting().personId(), GradeRules.ceiling(facts(r.posting().personId(), year, r.posting().villageNodeId())));
			levels.computeIfAbsent(r.posting().unitId() * 1_000_003 + r.posting().villageNodeId(),
					k -> quota.levelNode(r.posting().unitId(), r.posting().villageNodeId()))
				.ifPresent(node -> quotas.computeIfAbsent(node.id(), n -> quota.usage(node, year)));
		}
		Map<Long, Boolean> civil = new HashMap<>();
		people.of(ceilings.keySet()).values().forEach(f -> civil.put(f.personId(), f.civilServant()));
		return new AnnualBoard(ceilings, civil, List.copyOf(quotas.values()));
	}

	/** The 优秀 limit of the level node the user's office sits on (the county's workbench), this year. */
	public Optional<QuotaLedger.Usage> quotaOfMyOffice() {
		return myOffice().filter(o -> o.nodeId() != null)
			.flatMap(o -> organisation.placesOnPath(o.nodeId()).stream().reduce((first, second) -> second))
			.filter(p -> p.level() == NodeLevel.COUNTY || p.level() == NodeLevel.CITY || p.level() == NodeLevel.REGION)
			.map(p -> quota.usage(p, today().getYear()));
	}

	private void applyAnnualRules(Assessment a, Grade grade) {
		var ceiling = GradeRules.ceiling(facts(a));
		if (!ceiling.allows(grade)) {
			throw new InvalidInputException("grade", "assessment.error.ceiling", grade.wording(a.isCivilServant()),
					ceiling.best().wording(a.isCivilServant()));
		}
		if (grade == Grade.EXCELLENT) {
			quota.take(a);
		}
		else {
			quota.release(a);
		}
	}

	// --- AssessmentResults (unscoped) ---

	@Override
	public Optional<Grade> quarterly(long personId, int year, int quarter) {
		return assessments.findByPersonIdAndKindAndYearAndQuarter(personId, AssessmentKind.QUARTERLY, year, quarter)
			.filter(Assessment::isComplete)
			.map(Assessment::getGrade);
	}

	@Override
	public Optional<Grade> annual(long personId, int year) {
		return assessments.findByPersonIdAndKindAndYearAndQuarter(personId, AssessmentKind.ANNUAL, year, 0)
			.filter(Assessment::isComplete)
			.map(Assessment::getGrade);
	}

	@Override
	public Optional<AssessmentSheet> sheet(long assessmentId) {
		return assessments.findById(assessmentId).map(AssessmentService::toSheet);
	}

	@Override
	public List<AssessmentSheet> sheets(Collection<Long> villageNodeIds, int year, int quarter) {
		if (villageNodeIds.isEmpty()) {
			return List.of();
		}
		return assessments.findByVillageNodeIdInAndYearAndQuarter(villageNodeIds, year, quarter)
			.stream()
			.sorted(Comparator.comparing(Assessment::getVillageNodeId).thenComparing(Assessment::getPersonName))
			.map(AssessmentService::toSheet)
			.toList();
	}

	private static AssessmentSheet toSheet(Assessment a) {
		return new AssessmentSheet(a.getId(), a.getPersonId(), a.getPersonName(), a.getYear(), a.getQuarter(),
				a.getVillageName(), a.getVillageNodeId(), a.getUnitId(), a.getGrade(), a.isCivilServant(), a.isComplete(),
				a.getSteps()
					.stream()
					.map(s -> new SignedStep(s.getStep().name(), s.getOpinion(), s.getSigner(), s.getSignedOn(),
							s.getGrade(), s.isOnPaper()))
					.toList());
	}

	// --- scope and permissions ---

	/** Whether the user may read the assessment: its village, its unit, or their own (ORG-5). */
	boolean visible(Assessment a) {
		return organisation.postedRecordScope(scopes.currentScope())
			.covers(a.getPersonId(), a.getVillageNodeId(), a.getUnitId());
	}

	/**
	 * Whether the user may sign this step, and whether as an entry from the paper form (BUR-3: the
	 * township enters the person's summary or opinion from the signed form); empty when not.
	 */
	private Optional<Boolean> mayAct(Assessment a, Step step, Actor actor) {
		if (SystemContext.active()) {
			return Optional.of(false);
		}
		DataScope scope = actor.scope();
		boolean inVillage = actor.villages().contains(a.getVillageNodeId());
		return switch (step) {
			case SUMMARY, PERSON -> {
				if (has(Permission.ASSESSMENT_SUMMARY) && scope.coversOwnPerson(a.getPersonId())) {
					yield Optional.of(false);
				}
				yield has(Permission.ASSESSMENT_TOWNSHIP) && inVillage ? Optional.of(true) : Optional.empty();
			}
			case VILLAGE -> has(Permission.ASSESSMENT_VILLAGE) && inVillage ? Optional.of(false) : Optional.empty();
			case TOWNSHIP -> has(Permission.ASSESSMENT_TOWNSHIP) && inVillage ? Optional.of(false) : Optional.empty();
			case UNIT -> has(Permission.ASSESSMENT_UNIT) && scope.coversUnit(a.getUnitId()) ? Optional.of(false)
					: Optional.empty();
			case COUNTY_ORG -> countyOffice(a, Permission.ASSESSMENT_COUNTY_ORG, actor) ? Optional.of(false)
					: Optional.empty();
			case COUNTY_POVERTY -> countyOffice(a, Permission.ASSESSMENT_COUNTY_POVERTY, actor) ? Optional.of(false)
					: Optional.empty();
		};
	}

	/** The county's own office (not one above it) holding the permission. */
	private static boolean countyOffice(Assessment a, Permission permission, Actor actor) {
		return has(permission)
				&& actor.office().map(OfficeSummary::nodeId).filter(n -> n == a.getCountyNodeId()).isPresent();
	}

	private Optional<OfficeSummary> myOffice() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !(auth.getPrincipal() instanceof AccountIdentity identity) || identity.officeId() == null) {
			return Optional.empty();
		}
		return organisation.office(identity.officeId());
	}

	static boolean has(Permission permission) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(permission.name()::equals);
	}

	/** The postings overlapping the period that the scope reaches, one per person (the latest). */
	Map<Long, PostingPeriod> postedWithin(DataScope scope, LocalDate from, LocalDate to) {
		List<PostingPeriod> all = new ArrayList<>();
		Set<Long> villages = organisation.villageIdsWithin(scope);
		if (!villages.isEmpty()) {
			all.addAll(postings.postedIn(villages, from, to));
		}
		if (!scope.unitIds().isEmpty()) {
			all.addAll(postings.ofUnits(scope.unitIds(), from, to));
		}
		scope.personIds().forEach(p -> all.addAll(postings.ofPerson(p, from, to)));
		Map<Long, PostingPeriod> latest = new HashMap<>();
		for (PostingPeriod p : all) {
			latest.merge(p.personId(), p, (x, y) -> x.startDate().isAfter(y.startDate()) ? x : y);
		}
		return latest;
	}

	private String villageName(long villageId) {
		return organisation.village(villageId).map(VillageSummary::name).orElse("");
	}

	private static long level(List<PlaceSummary> path, NodeLevel level) {
		return path.stream().filter(p -> p.level() == level).findFirst().map(PlaceSummary::id).orElseThrow(
				AssessmentService::notFound);
	}

	private static void checkVersion(Assessment a, Long version) {
		if (version != null && version != a.getVersion()) {
			throw new ConflictException("assessment.error.stale");
		}
	}

	private ConflictException outOfOrder(Assessment a, Step step) {
		if (a.isComplete()) {
			return new ConflictException("assessment.error.complete");
		}
		if (a.signedSteps().contains(step)) {
			return new ConflictException("assessment.error.alreadySigned", label(step));
		}
		return new ConflictException("assessment.error.outOfOrder", label(step),
				a.openSteps().stream().map(this::label).collect(Collectors.joining("、")));
	}

	String label(Step step) {
		return messages.getMessage(step.messageKey(), null, step.name(), LocaleContextHolder.getLocale());
	}

	private static int checkQuarter(int quarter) {
		if (quarter < 1 || quarter > 4) {
			throw new InvalidInputException("quarter", "assessment.error.quarter");
		}
		return quarter;
	}

	private static String text(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(field, "assessment.error.required");
		}
		if (value.strip().length() > MAX_TEXT) {
			throw new InvalidInputException(field, "assessment.error.tooLong", MAX_TEXT);
		}
		return value.strip();
	}

	private static String abbreviate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	static NotFoundException notFound() {
		return new NotFoundException("assessment.error.notFound");
	}

	static Collection<Long> orNone(Collection<Long> ids) {
		return ids.isEmpty() ? List.of(-1L) : ids;
	}

}
