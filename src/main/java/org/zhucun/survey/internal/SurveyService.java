package org.zhucun.survey.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.audit.AuditAction;
import org.zhucun.audit.AuditEvent;
import org.zhucun.audit.AuditTrail;
import org.zhucun.common.crypto.FieldCipher;
import org.zhucun.common.scope.DataScopeProvider;
import org.zhucun.common.security.CurrentActor;
import org.zhucun.common.web.ConflictException;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.common.web.NotFoundException;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.organisation.PlaceSummary;
import org.zhucun.organisation.VillageSummary;
import org.zhucun.personnel.PostingPeriod;
import org.zhucun.personnel.Postings;
import org.zhucun.policy.PolicyKey;
import org.zhucun.policy.PolicyParameters;
import org.zhucun.survey.SatisfactionResults;
import org.zhucun.survey.internal.SurveyScoring.Counts;
import org.zhucun.survey.internal.SurveyScoring.Weights;

/**
 * SAT-1, BUR-3: the township sets up the year's surveys of its villages, generates one-time codes
 * for the slips, enters paper tallies and closes a survey; the township and the county read them
 * (ORG-5: a survey outside the user's villages answers as if it did not exist). The results are
 * offered unscoped to the scoring sheets through {@link SatisfactionResults}.
 */
@Service
@Transactional(readOnly = true)
public class SurveyService implements SatisfactionResults {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** The most codes generated at once (a village meeting's slips). */
	static final int MAX_CODES_AT_ONCE = 500;

	private final SurveyRepository surveys;

	private final SurveyCodeRepository codes;

	private final SurveyVoteRepository votes;

	private final SurveyTallyRepository tallies;

	private final OrganisationDirectory organisation;

	private final Postings postings;

	private final PolicyParameters policy;

	private final FieldCipher cipher;

	private final AuditTrail audit;

	private final DataScopeProvider scopes;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	SurveyService(SurveyRepository surveys, SurveyCodeRepository codes, SurveyVoteRepository votes,
			SurveyTallyRepository tallies, OrganisationDirectory organisation, Postings postings,
			PolicyParameters policy, FieldCipher cipher, AuditTrail audit, DataScopeProvider scopes, Clock clock) {
		this.surveys = surveys;
		this.codes = codes;
		this.votes = votes;
		this.tallies = tallies;
		this.organisation = organisation;
		this.postings = postings;
		this.policy = policy;
		this.cipher = cipher;
		this.audit = audit;
		this.scopes = scopes;
		this.clock = clock;
	}

	/** A survey with its result, for lists. */
	public record Row(Survey survey, SurveyResult result) {
	}

	/** One rater group of a survey: its online votes, its paper tally (if entered), its codes issued and used. */
	public record GroupLine(RaterGroup group, Counts online, SurveyTally tally, long codesIssued, long codesUsed) {
	}

	/** A survey with its result and its rater groups. */
	public record Detail(Survey survey, SurveyResult result, List<GroupLine> groups) {
	}

	/** A code to print on a slip, with the group it belongs to. */
	public record Slip(String code, RaterGroup group) {
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

	// --- reading (scoped) ---

	/** The surveys of the user's villages for a year, by village, subject and name. */
	public List<Row> list(int year) {
		Set<Long> villages = villagesInScope();
		if (villages.isEmpty()) {
			return List.of();
		}
		List<Survey> found = surveys.findByYearAndVillageNodeIdInOrderByVillageNameAscSubjectAscPersonNameAsc(year,
				villages);
		Map<Long, Counts> counts = totals(found.stream().map(Survey::getId).toList());
		return found.stream().map(s -> new Row(s, result(s, counts.getOrDefault(s.getId(), Counts.NONE)))).toList();
	}

	public Detail detail(long id) {
		return detailOf(visible(id));
	}

	/** The unused codes of a survey, for printing (or reprinting) the slips. */
	public List<Slip> unusedSlips(long id) {
		Survey s = visible(id);
		return codes.findBySurveyIdOrderById(s.getId())
			.stream()
			.filter(c -> !c.isUsed())
			.map(c -> new Slip(cipher.decrypt(c.getCodeEncrypted()), c.getGroup()))
			.toList();
	}

	/** The open surveys of the current year in the user's villages that have fewer valid votes than their minimum. */
	public List<Row> belowMinimum() {
		Set<Long> villages = villagesInScope();
		if (villages.isEmpty()) {
			return List.of();
		}
		List<Survey> open = surveys.findByYearAndStateAndVillageNodeIdIn(today().getYear(), SurveyState.OPEN, villages);
		Map<Long, Counts> counts = totals(open.stream().map(Survey::getId).toList());
		return open.stream()
			.map(s -> new Row(s, result(s, counts.getOrDefault(s.getId(), Counts.NONE))))
			.filter(r -> !r.result().valid())
			.toList();
	}

	// --- writing (scoped, SURVEY_WRITE) ---

	/**
	 * Sets up the year's surveys for every person posted to the user's villages during the year (by the
	 * role of their latest posting) and for the work team of every such village; surveys already set up
	 * are left as they are. Returns how many were set up.
	 */
	@Transactional
	public int setUpYear(int year) {
		LocalDate today = today();
		if (year < 2000 || year > today.getYear() + 1) {
			throw new InvalidInputException("year", "survey.error.year");
		}
		Set<Long> villages = villagesInScope();
		if (villages.isEmpty()) {
			return 0;
		}
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		Map<Long, PostingPeriod> latest = new LinkedHashMap<>();
		for (PostingPeriod p : postings.postedIn(villages, from, to)) {
			latest.merge(p.personId(), p, (a, b) -> b.startDate().isAfter(a.startDate()) ? b : a);
		}
		int created = 0;
		Map<Long, Place> places = new HashMap<>();
		for (PostingPeriod p : latest.values()) {
			if (surveys.findByPersonIdAndYear(p.personId(), year).isEmpty()) {
				Place place = places.computeIfAbsent(p.villageNodeId(), this::place);
				SurveySubject subject = SurveySubject.of(p.role());
				surveys.save(new Survey(subject, year, p.personId(), p.personName(), place.village().id(),
						place.village().name(), place.townshipId(), place.countyId(), p.unitId(),
						minimum(subject, place.village().id(), year), CurrentActor.name(), clock.instant()));
				created++;
			}
		}
		for (long villageId : latest.values().stream().map(PostingPeriod::villageNodeId).distinct().sorted().toList()) {
			if (surveys.findByVillageNodeIdAndYearAndPersonIdIsNull(villageId, year).isEmpty()) {
				Place place = places.computeIfAbsent(villageId, this::place);
				surveys.save(new Survey(SurveySubject.TEAM, year, null, null, villageId, place.village().name(),
						place.townshipId(), place.countyId(), null, minimum(SurveySubject.TEAM, villageId, year),
						CurrentActor.name(), clock.instant()));
				created++;
			}
		}
		return created;
	}

	/** Generates {@code count} one-time codes for a rater group of an open survey. */
	@Transactional
	public List<Slip> generateCodes(long id, RaterGroup group, Integer count) {
		Survey s = open(writable(id));
		if (group == null || !s.hasGroup(group)) {
			throw new InvalidInputException("group", "survey.error.group");
		}
		if (count == null || count < 1 || count > MAX_CODES_AT_ONCE) {
			throw new InvalidInputException("count", "survey.error.count", String.valueOf(MAX_CODES_AT_ONCE));
		}
		List<Slip> slips = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String code = newCode();
			codes.save(new SurveyCode(s.getId(), group, cipher.digest(code), cipher.encrypt(code), CurrentActor.name(),
					clock.instant()));
			slips.add(new Slip(code, group));
		}
		audit.record(new AuditEvent(AuditAction.CREATE, "SurveyCode", String.valueOf(s.getId()),
				"survey codes generated: " + count + " " + group.name(), Map.of()));
		return slips;
	}

	/** BUR-3: enters (or corrects) the paper tally of a rater group, recording who entered it and when. */
	@Transactional
	public SurveyTally enterTally(long id, RaterGroup group, Integer satisfied, Integer fairlySatisfied,
			Integer dissatisfied) {
		Survey s = open(writable(id));
		if (group == null || !s.hasGroup(group)) {
			throw new InvalidInputException("group", "survey.error.group");
		}
		int a = count("satisfied", satisfied);
		int b = count("fairlySatisfied", fairlySatisfied);
		int c = count("dissatisfied", dissatisfied);
		SurveyTally tally = tallies.findBySurveyIdAndGroup(s.getId(), group)
			.orElseGet(() -> new SurveyTally(s.getId(), group));
		tally.record(a, b, c, CurrentActor.name(), clock.instant());
		return tallies.save(tally);
	}

	/** Closes a survey: no more votes or tallies; its result stands. */
	@Transactional
	public Survey close(long id) {
		Survey s = open(writable(id));
		s.close(CurrentActor.name(), clock.instant());
		return s;
	}

	// --- the public API (unscoped) ---

	@Override
	public Optional<SurveyResult> ofPerson(long personId, int year) {
		return surveys.findByPersonIdAndYear(personId, year).map(this::resultOf);
	}

	@Override
	public Optional<SurveyResult> ofTeam(long villageNodeId, int year) {
		return surveys.findByVillageNodeIdAndYearAndPersonIdIsNull(villageNodeId, year).map(this::resultOf);
	}

	// --- internals ---

	Detail detailOf(Survey s) {
		List<VoteCount> online = votes.countsOf(List.of(s.getId()));
		Map<RaterGroup, SurveyTally> paper = new EnumMap<>(RaterGroup.class);
		tallies.findBySurveyIdIn(List.of(s.getId())).forEach(t -> paper.put(t.getGroup(), t));
		List<SurveyCode> issued = codes.findBySurveyIdOrderById(s.getId());
		List<GroupLine> lines = new ArrayList<>();
		Counts total = Counts.NONE;
		for (RaterGroup g : s.getGroups()) {
			Counts o = Counts.NONE;
			for (VoteCount v : online) {
				if (v.group() == g) {
					o = o.plus(one(v));
				}
			}
			SurveyTally t = paper.get(g);
			total = total.plus(o).plus(counts(t));
			lines.add(new GroupLine(g, o, t, issued.stream().filter(c -> c.getGroup() == g).count(),
					issued.stream().filter(c -> c.getGroup() == g && c.isUsed()).count()));
		}
		return new Detail(s, result(s, total), lines);
	}

	SurveyResult resultOf(Survey s) {
		return result(s, totals(List.of(s.getId())).getOrDefault(s.getId(), Counts.NONE));
	}

	private SurveyResult result(Survey s, Counts counts) {
		long node = s.getVillageNodeId();
		Weights weights = new Weights(policy.value(PolicyKey.SURVEY_WEIGHT_SATISFIED_PERCENT, node, s.getYear()),
				policy.value(PolicyKey.SURVEY_WEIGHT_FAIRLY_SATISFIED_PERCENT, node, s.getYear()),
				policy.value(PolicyKey.SURVEY_WEIGHT_DISSATISFIED_PERCENT, node, s.getYear()));
		return SurveyScoring.result(s.getId(), counts, s.getMinimumRaters(), weights);
	}

	/** Online votes plus paper tallies of each survey. */
	private Map<Long, Counts> totals(Collection<Long> surveyIds) {
		Map<Long, Counts> totals = new HashMap<>();
		if (surveyIds.isEmpty()) {
			return totals;
		}
		for (VoteCount v : votes.countsOf(surveyIds)) {
			totals.merge(v.surveyId(), one(v), Counts::plus);
		}
		for (SurveyTally t : tallies.findBySurveyIdIn(surveyIds)) {
			totals.merge(t.getSurveyId(), counts(t), Counts::plus);
		}
		return totals;
	}

	private static Counts one(VoteCount v) {
		int n = Math.toIntExact(v.votes());
		return switch (v.answer()) {
			case SATISFIED -> new Counts(n, 0, 0);
			case FAIRLY_SATISFIED -> new Counts(0, n, 0);
			case DISSATISFIED -> new Counts(0, 0, n);
		};
	}

	private static Counts counts(SurveyTally t) {
		return t == null ? Counts.NONE : new Counts(t.getSatisfied(), t.getFairlySatisfied(), t.getDissatisfied());
	}

	private int minimum(SurveySubject subject, long villageNodeId, int year) {
		return policy.value(subject.minimumKey(), villageNodeId, year);
	}

	private record Place(VillageSummary village, long townshipId, long countyId) {
	}

	private Place place(long villageId) {
		VillageSummary village = organisation.village(villageId).orElseThrow(() -> new NotFoundException("survey.error.notFound"));
		PlaceSummary township = organisation.parentOf(villageId).orElseThrow(() -> new NotFoundException("survey.error.notFound"));
		long county = organisation.countyOf(villageId).map(PlaceSummary::id).orElse(township.id());
		return new Place(village, township.id(), county);
	}

	private Set<Long> villagesInScope() {
		return organisation.villageIdsWithin(scopes.currentScope());
	}

	private Survey visible(long id) {
		return surveys.findById(id)
			.filter(s -> villagesInScope().contains(s.getVillageNodeId()))
			.orElseThrow(() -> new NotFoundException("survey.error.notFound"));
	}

	private Survey writable(long id) {
		return visible(id);
	}

	private static Survey open(Survey s) {
		if (!s.isOpen()) {
			throw new ConflictException("survey.error.closed");
		}
		return s;
	}

	private static int count(String field, Integer value) {
		if (value == null || value < 0 || value > 100_000) {
			throw new InvalidInputException(field, "survey.error.tally");
		}
		return value;
	}

	private String newCode() {
		for (int attempt = 0; attempt < 10; attempt++) {
			String code = SurveyCodes.random(random);
			if (!codes.existsByCodeDigest(cipher.digest(code))) {
				return code;
			}
		}
		throw new IllegalStateException("No unused code found");
	}

}
