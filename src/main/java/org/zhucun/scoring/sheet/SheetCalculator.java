package org.zhucun.scoring.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.attendance.AttendanceLedger;
import org.zhucun.evidence.BonusEvidence;
import org.zhucun.evidence.CountingEvidence;
import org.zhucun.evidence.EvidenceKind;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.organisation.PlaceSummary;
import org.zhucun.organisation.UnitSummary;
import org.zhucun.organisation.VillageSummary;
import org.zhucun.personnel.AssignmentRole;
import org.zhucun.personnel.PostingPeriod;
import org.zhucun.personnel.Postings;
import org.zhucun.reporting.ReportLedger;
import org.zhucun.scoring.ScoringSheets;
import org.zhucun.scoring.rules.Annex;
import org.zhucun.scoring.rules.EvidenceSource;
import org.zhucun.scoring.rules.ItemFacts;
import org.zhucun.scoring.rules.ItemFacts.Link;
import org.zhucun.scoring.rules.ItemFacts.RaterScore;
import org.zhucun.scoring.rules.Points;
import org.zhucun.scoring.rules.RaterKind;
import org.zhucun.scoring.rules.SheetEvaluator;
import org.zhucun.scoring.rules.TemplateItem;
import org.zhucun.scoring.rules.Waiting;
import org.zhucun.scoring.template.ScoringTemplate;
import org.zhucun.scoring.template.TemplateService;
import org.zhucun.survey.SatisfactionResults;
import org.zhucun.tasks.TaskRegister;
import org.zhucun.unitduty.LeaderRole;
import org.zhucun.unitduty.UnitDuties;

/**
 * Fills the sheets from the records (SCO-A1/A2/A3, SCO-X, BUR-1) with the template in force for the
 * county and year (POL-1): duties from the task register, attendance from the townships' registers,
 * reports, the unit's duties, the team's activities, the verified bonus evidence, the satisfaction
 * survey and the raters' scores. Many people at once read postings, attendance and raters' scores in
 * bulk. Unscoped: {@link SheetService} checks the user's scope first; other modules ask through
 * {@link ScoringSheets} about people they have checked.
 */
@Service
@Transactional(readOnly = true)
public class SheetCalculator implements ScoringSheets {

	private final TemplateService templates;

	private final Postings postings;

	private final OrganisationDirectory organisation;

	private final AttendanceLedger attendance;

	private final TaskRegister tasks;

	private final BonusEvidence evidence;

	private final UnitDuties unitDuties;

	private final ReportLedger reports;

	private final ObjectProvider<SatisfactionResults> surveys;

	private final RaterScoreStore raters;

	private final TeamActivityStore activities;

	private final MessageSource messages;

	SheetCalculator(TemplateService templates, Postings postings, OrganisationDirectory organisation,
			AttendanceLedger attendance, TaskRegister tasks, BonusEvidence evidence, UnitDuties unitDuties,
			ReportLedger reports, ObjectProvider<SatisfactionResults> surveys, RaterScoreStore raters,
			TeamActivityStore activities, MessageSource messages) {
		this.templates = templates;
		this.postings = postings;
		this.organisation = organisation;
		this.attendance = attendance;
		this.tasks = tasks;
		this.evidence = evidence;
		this.unitDuties = unitDuties;
		this.reports = reports;
		this.surveys = surveys;
		this.raters = raters;
		this.activities = activities;
		this.messages = messages;
	}

	// --- ScoringSheets ---

	@Override
	public SheetScore ofPerson(long personId, int year) {
		FilledSheet sheet = people(List.of(personId), year, Locale.SIMPLIFIED_CHINESE).get(personId);
		if (sheet == null) {
			throw new org.zhucun.common.web.NotFoundException("scoring.error.notPosted");
		}
		return score(sheet, Locale.SIMPLIFIED_CHINESE);
	}

	@Override
	public Map<Long, SheetScore> ofPeople(Collection<Long> personIds, int year) {
		Map<Long, SheetScore> result = new LinkedHashMap<>();
		people(personIds, year, Locale.SIMPLIFIED_CHINESE).forEach((id, s) -> result.put(id, score(s, Locale.SIMPLIFIED_CHINESE)));
		return result;
	}

	@Override
	public TeamSheetScore ofTeam(long villageNodeId, int year) {
		FilledSheet sheet = team(villageNodeId, year, Locale.SIMPLIFIED_CHINESE)
			.orElseThrow(() -> new org.zhucun.common.web.NotFoundException("scoring.error.noTeam"));
		return teamScore(sheet);
	}

	@Override
	public Map<Long, TeamSheetScore> ofTeams(Collection<Long> villageNodeIds, int year) {
		Map<Long, TeamSheetScore> result = new LinkedHashMap<>();
		teams(villageNodeIds, year, Locale.SIMPLIFIED_CHINESE).forEach((id, sheet) -> result.put(id, teamScore(sheet)));
		return result;
	}

	private TeamSheetScore teamScore(FilledSheet sheet) {
		SheetScore s = score(sheet, Locale.SIMPLIFIED_CHINESE);
		return new TeamSheetScore(sheet.subjectId(), sheet.year(), s.templateCode(), s.templateVersion(), s.base(), s.bonus(),
				s.total(), s.complete(), s.items());
	}

	@Override
	public List<String> templateFlags(long personId, int year) {
		FilledSheet sheet = people(List.of(personId), year, Locale.SIMPLIFIED_CHINESE).get(personId);
		return sheet == null ? List.of() : flags(sheet, Locale.SIMPLIFIED_CHINESE);
	}

	@Override
	public List<String> teamTemplateFlags(long villageNodeId, int year) {
		return team(villageNodeId, year, Locale.SIMPLIFIED_CHINESE).map(s -> flags(s, Locale.SIMPLIFIED_CHINESE)).orElse(List.of());
	}

	/** A sheet's template flags in words. */
	public List<String> flags(FilledSheet sheet, Locale locale) {
		return flags(sheet.flags(), locale);
	}

	/** Template flags in words (SCO-A1: the inconsistency named by its item). */
	public List<String> flags(List<org.zhucun.scoring.rules.TemplateCheck.Flag> flags, Locale locale) {
		return flags.stream().map(f -> text(f.problem().messageKey(), locale, f.args())).toList();
	}

	private SheetScore score(FilledSheet sheet, Locale locale) {
		var f = sheet.filled();
		List<ItemLine> lines = f.lines()
			.stream()
			.map(l -> new ItemLine(l.item().code(), l.item().name(), l.item().maximum(), l.waiting() ? null : l.score(),
					l.item().rule(), arithmetic(l, locale)))
			.toList();
		return new SheetScore(sheet.subjectId(), sheet.year(), sheet.template().code(), sheet.template().revision(), f.base(),
				f.bonus(), f.total(), f.complete(), lines);
	}

	/** The line's arithmetic, and why it waits when it does (SCO-X). */
	public String arithmetic(SheetEvaluator.Line line, Locale locale) {
		String a = line.outcome().arithmetic() == null ? "" : line.outcome().arithmetic();
		Waiting w = line.outcome().waiting();
		if (w == null) {
			return a;
		}
		String why = waiting(w, locale);
		return a.isEmpty() ? why : a + "（" + why + "）";
	}

	/** Why a line waits, in words. */
	public String waiting(Waiting w, Locale locale) {
		Object[] args = w.args().stream().map(a -> a instanceof RaterKind k ? text(k.messageKey(), locale) : a).toArray();
		if ("scoring.waiting.raters".equals(w.key())) {
			args = new Object[] { java.util.Arrays.stream(args).map(String::valueOf).collect(Collectors.joining("、")) };
		}
		return messages.getMessage(w.key(), args, w.key(), locale);
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	// --- people ---

	/** The sheets of these people for the year (those posted that year), with the records read in bulk. */
	public Map<Long, FilledSheet> people(Collection<Long> personIds, int year, Locale locale) {
		Map<Long, PostingPeriod> latest = latestPostings(personIds, year);
		if (latest.isEmpty()) {
			return Map.of();
		}
		Map<Long, AttendanceLedger.PersonDays> days = attendance.days(latest.keySet(), LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31));
		Map<Long, Map<String, List<RaterScore>>> scores = raters.of(Subject.PERSON, latest.keySet(), year);
		Map<Long, TaskRegister.TaskTally> tallies = tasks.ofPeople(latest.keySet(), year);
		Map<Long, List<CountingEvidence>> counting = evidence.countingForPeople(latest.keySet(), year);
		SatisfactionResults results = surveys.getIfAvailable();
		Map<Long, SatisfactionResults.SurveyResult> surveyed = results == null ? Map.of()
				: results.ofPeople(latest.keySet(), year);
		TemplateService.Resolver resolver = templates.resolver();
		Places places = new Places();
		String remainder = text("scoring.remainder", locale);
		Map<Long, FilledSheet> result = new LinkedHashMap<>();
		for (Long personId : personIds) {
			PostingPeriod p = latest.get(personId);
			if (p == null) {
				continue;
			}
			Annex annex = Annex.ofRole(p.role());
			VillageSummary village = places.village(p.villageNodeId());
			PlaceSummary county = places.county(p.villageNodeId());
			ScoringTemplate template = resolver.inForce(annex, county == null ? null : county.id(), year);
			PersonRecords records = new PersonRecords(year, days.get(personId), scores.getOrDefault(personId, Map.of()),
					county, tallies.getOrDefault(personId, TaskRegister.TaskTally.NONE),
					counting.getOrDefault(personId, List.of()), surveyed.get(personId));
			SheetEvaluator.Filled filled = SheetEvaluator.fill(template.items(), records::facts, remainder);
			result.put(personId, new FilledSheet(Subject.PERSON, personId, p.personName(), p.role(), p.villageNodeId(),
					village == null ? "" : village.code(), village == null ? "" : village.name(),
					places.unit(p.unitId()).map(UnitSummary::name).orElse(""), year, template, filled));
		}
		return result;
	}

	/** Each person's latest posting of the year: the one whose sheet (Annex 2 or 3, village, county) counts. */
	private Map<Long, PostingPeriod> latestPostings(Collection<Long> personIds, int year) {
		Map<Long, PostingPeriod> latest = new LinkedHashMap<>();
		postings.ofPeople(personIds, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.stream()
			.sorted(Comparator.comparing(PostingPeriod::startDate))
			.forEach(p -> latest.put(p.personId(), p));
		return latest;
	}

	/**
	 * BUR-3: how many lines of these people's sheets and these villages' team sheets wait for a score
	 * of one of these raters, one per sheet and line, however many of the raters it waits for. Only the
	 * raters' lines are filled (the template in force and the raters' scores, read in bulk), so the
	 * count costs no more than a few queries however large the scope.
	 */
	public long waitingForRaters(Collection<Long> personIds, Collection<Long> villageIds, int year, Set<RaterKind> kinds) {
		if (kinds.isEmpty()) {
			return 0;
		}
		TemplateService.Resolver resolver = templates.resolver();
		Places places = new Places();
		long waiting = 0;
		Map<Long, PostingPeriod> latest = latestPostings(personIds, year);
		Map<Long, Map<String, List<RaterScore>>> personScores = raters.of(Subject.PERSON, latest.keySet(), year);
		for (PostingPeriod p : latest.values()) {
			PlaceSummary county = places.county(p.villageNodeId());
			ScoringTemplate template = resolver.inForce(Annex.ofRole(p.role()), county == null ? null : county.id(), year);
			waiting += waitingForRaters(template, personScores.getOrDefault(p.personId(), Map.of()), kinds);
		}
		List<Long> villages = villageIds.stream().distinct().filter(v -> places.village(v) != null).toList();
		Map<Long, Map<String, List<RaterScore>>> teamScores = raters.of(Subject.TEAM, villages, year);
		for (Long v : villages) {
			PlaceSummary county = places.county(v);
			ScoringTemplate template = resolver.inForce(Annex.TEAM, county == null ? null : county.id(), year);
			waiting += waitingForRaters(template, teamScores.getOrDefault(v, Map.of()), kinds);
		}
		return waiting;
	}

	private static long waitingForRaters(ScoringTemplate template, Map<String, List<RaterScore>> scores, Set<RaterKind> kinds) {
		SheetEvaluator.Filled filled = SheetEvaluator.fill(template.items(),
				item -> item.source() == EvidenceSource.RATERS ? ItemFacts.raters(scores.getOrDefault(item.code(), List.of()))
						: null,
				"");
		return filled.lines()
			.stream()
			.filter(l -> !l.sum() && l.waiting() && "scoring.waiting.raters".equals(l.outcome().waiting().key()))
			.filter(l -> l.outcome().waiting().args().stream().anyMatch(kinds::contains))
			.count();
	}

	/** The records of one person's year (read in bulk for everyone), as facts for each line of the sheet. */
	private final class PersonRecords {

		private final int year;

		private final AttendanceLedger.PersonDays days;

		private final Map<String, List<RaterScore>> scores;

		private final PlaceSummary county;

		private final TaskRegister.TaskTally tally;

		private final List<CountingEvidence> counting;

		private final SatisfactionResults.SurveyResult survey;

		PersonRecords(int year, AttendanceLedger.PersonDays days, Map<String, List<RaterScore>> scores,
				PlaceSummary county, TaskRegister.TaskTally tally, List<CountingEvidence> counting,
				SatisfactionResults.SurveyResult survey) {
			this.year = year;
			this.days = days;
			this.scores = scores;
			this.county = county;
			this.tally = tally;
			this.counting = counting;
			this.survey = survey;
		}

		ItemFacts facts(TemplateItem item) {
			if (item.source() == null) {
				return null;
			}
			String y = String.valueOf(year);
			return switch (item.source()) {
				case UNDONE_TASKS -> {
					TaskRegister.TaskTally t = tally;
					List<Link> links = List.of(new Link("scoring.link.tasks", List.of(t.tasks(), t.done(), t.notDone(), t.open()),
							"/tasks?year=" + y));
					if (!t.agreed()) {
						yield ItemFacts.waiting(Waiting.of("scoring.waiting.noPlan"), links);
					}
					if (t.open() > 0) {
						yield ItemFacts.waiting(Waiting.of("scoring.waiting.tasksOpen", t.open()), links);
					}
					yield ItemFacts.quantity(t.notDone(), links);
				}
				case ABSENT_DAYS -> {
					if (days == null) {
						yield ItemFacts.waiting(Waiting.of("scoring.waiting.noRecord"), List.of());
					}
					yield ItemFacts.quantity(days.absent(), List.of(attendanceLink(days, county, y)));
				}
				case ARTICLES -> levels(EvidenceKind.ARTICLE, y);
				case SUGGESTIONS -> levels(EvidenceKind.SUGGESTION, y);
				case INSTRUCTIONS -> levels(EvidenceKind.INSTRUCTION, y);
				case SATISFACTION -> survey(survey);
				case RATERS -> ItemFacts.raters(scores.getOrDefault(item.code(), List.of()));
				default -> ItemFacts.waiting(Waiting.of("scoring.waiting.notForPerson"), List.of());
			};
		}

		private ItemFacts levels(EvidenceKind kind, String y) {
			return levelFacts(counting, kind, y);
		}

	}

	private static Link attendanceLink(AttendanceLedger.PersonDays d, PlaceSummary county, String y) {
		return new Link(d.unconfirmedMonths() > 0 ? "scoring.link.attendanceUnconfirmed" : "scoring.link.attendance",
				List.of(d.postedWorkingDays(), d.inVillage(), d.leave(), d.absent(), d.unconfirmedMonths()),
				county == null ? null : "/attendance/report?area=" + county.code() + "&period=" + y);
	}

	private static ItemFacts levelFacts(List<CountingEvidence> counting, EvidenceKind kind, String y) {
		Map<String, Integer> counts = new HashMap<>();
		List<Link> links = new ArrayList<>();
		counting.stream().filter(e -> e.kind() == kind && e.level() != null).forEach(e -> {
			counts.merge(e.level().name(), 1, Integer::sum);
			links.add(new Link("scoring.link.evidence", List.of(e.occurredOn().toString(), e.title(), e.level().messageKey()),
					"/evidence?year=" + y));
		});
		return ItemFacts.counts(counts, links);
	}

	private static ItemFacts survey(SatisfactionResults.SurveyResult s) {
		if (s == null) {
			return ItemFacts.waiting(Waiting.of("scoring.waiting.noSurvey"), List.of());
		}
		return ItemFacts.survey(new ItemFacts.Survey(s.valid(), s.validVotes(), s.minimumRaters(), s.score(), s.explanation()),
				List.of(new Link("scoring.link.survey", List.of(s.validVotes(), s.minimumRaters()), null)));
	}

	// --- team ---

	/** The sheet of the work team of a village for the year, if anybody was posted there that year. */
	public Optional<FilledSheet> team(long villageNodeId, int year, Locale locale) {
		return Optional.ofNullable(teams(List.of(villageNodeId), year, locale).get(villageNodeId));
	}

	/**
	 * The sheets of the work teams of these villages for the year, by village in the order given (those
	 * where nobody was posted that year are left out), with the team days, the surveys and the raters'
	 * scores read in bulk.
	 */
	public Map<Long, FilledSheet> teams(Collection<Long> villageNodeIds, int year, Locale locale) {
		Map<Long, List<PostingPeriod>> periods = new HashMap<>();
		postings.postedIn(villageNodeIds, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.forEach(p -> periods.computeIfAbsent(p.villageNodeId(), v -> new ArrayList<>()).add(p));
		if (periods.isEmpty()) {
			return Map.of();
		}
		Map<Long, AttendanceLedger.TeamDays> days = attendance.teamYears(periods.keySet(), year);
		Map<Long, Map<String, List<RaterScore>>> scores = raters.of(Subject.TEAM, periods.keySet(), year);
		SatisfactionResults results = surveys.getIfAvailable();
		Map<Long, SatisfactionResults.SurveyResult> surveyed = results == null ? Map.of()
				: results.ofTeams(periods.keySet(), year);
		TemplateService.Resolver resolver = templates.resolver();
		Places places = new Places();
		String remainder = text("scoring.remainder", locale);
		Map<Long, FilledSheet> result = new LinkedHashMap<>();
		for (Long villageNodeId : villageNodeIds) {
			List<PostingPeriod> team = periods.get(villageNodeId);
			if (team == null || result.containsKey(villageNodeId)) {
				continue;
			}
			VillageSummary village = places.village(villageNodeId);
			PlaceSummary county = places.county(villageNodeId);
			PostingPeriod head = team.stream()
				.max(Comparator.comparing((PostingPeriod p) -> p.role() != AssignmentRole.TEAM_MEMBER)
					.thenComparing(PostingPeriod::startDate))
				.orElseThrow();
			Optional<UnitSummary> unit = places.unit(head.unitId());
			ScoringTemplate template = resolver.inForce(Annex.TEAM, county == null ? null : county.id(), year);
			TeamRecords records = new TeamRecords(village, county, unit.orElse(null), year,
					scores.getOrDefault(villageNodeId, Map.of()), days.get(villageNodeId), surveyed.get(villageNodeId));
			SheetEvaluator.Filled filled = SheetEvaluator.fill(template.items(), records::facts, remainder);
			result.put(villageNodeId, new FilledSheet(Subject.TEAM, villageNodeId, village == null ? "" : village.name(),
					null, villageNodeId, village == null ? "" : village.code(), village == null ? "" : village.name(),
					unit.map(UnitSummary::name).orElse(""), year, template, filled));
		}
		return result;
	}

	/** The records of a team's year (team days, survey and raters' scores read in bulk), the rest read once per source. */
	private final class TeamRecords {

		private final VillageSummary village;

		private final PlaceSummary county;

		private final UnitSummary unit;

		private final int year;

		private final Map<String, List<RaterScore>> scores;

		private final AttendanceLedger.TeamDays teamDays;

		private final SatisfactionResults.SurveyResult survey;

		private final String y;

		private ReportLedger.TeamReports sent;

		private List<UnitDuties.Visit> visits;

		private List<TeamActivity> done;

		private List<CountingEvidence> counting;

		TeamRecords(VillageSummary village, PlaceSummary county, UnitSummary unit, int year,
				Map<String, List<RaterScore>> scores, AttendanceLedger.TeamDays teamDays,
				SatisfactionResults.SurveyResult survey) {
			this.village = village;
			this.county = county;
			this.unit = unit;
			this.year = year;
			this.scores = scores;
			this.teamDays = teamDays;
			this.survey = survey;
			this.y = String.valueOf(year);
		}

		ItemFacts facts(TemplateItem item) {
			if (item.source() == null) {
				return null;
			}
			long v = village.id();
			return switch (item.source()) {
				case TEAM_DAYS -> Optional.ofNullable(teamDays)
					.map(t -> ItemFacts.quantity(t.days(), List.of(new Link(
							t.unconfirmedMonths() > 0 ? "scoring.link.teamDaysUnconfirmed" : "scoring.link.teamDays",
							List.of(Points.text(t.days()), t.yearWorkingDays(), t.membersInVillage(), t.membersPosted(),
									t.unconfirmedMonths()),
							county == null ? null : "/attendance/report?area=" + county.code() + "&period=" + y))))
					.orElseGet(() -> ItemFacts.waiting(Waiting.of("scoring.waiting.noRecord"), List.of()));
				case WORK_INFO -> ItemFacts.quantity(reports().workInfo().size(),
						reports().workInfo().stream().map(SheetCalculator::reportLink).toList());
				case SUMMARIES_ON_TIME -> {
					List<ReportLedger.Sent> summaries = new ArrayList<>();
					Optional.ofNullable(reports().semiAnnual()).ifPresent(summaries::add);
					Optional.ofNullable(reports().annual()).ifPresent(summaries::add);
					yield ItemFacts.quantity(summaries.stream().filter(ReportLedger.Sent::onTime).count(),
							summaries.stream().map(SheetCalculator::reportLink).toList());
				}
				case LEADERSHIP_VISITS -> unit == null ? noUnit()
						: ItemFacts.quantity(visits().size(), visits().stream().map(this::visitLink).toList());
				case HEAD_VISITS -> unit == null ? noUnit()
						: ItemFacts.quantity(visits().stream().filter(x -> x.role() == LeaderRole.HEAD).count(),
								visits().stream().filter(x -> x.role() == LeaderRole.HEAD).map(this::visitLink).toList());
				case UNIT_STUDY_MEETINGS -> {
					if (unit == null) {
						yield noUnit();
					}
					List<LocalDate> meetings = unitDuties.meetingDays(unit.id(), v, year);
					yield ItemFacts.quantity(meetings.size(), meetings.stream()
						.map(d -> new Link("scoring.link.meeting", List.of(d.toString()), dutiesHref()))
						.toList());
				}
				case POLICY_CAMPAIGNS -> {
					List<TeamActivity> campaigns = activities(TeamActivity.Kind.POLICY_CAMPAIGN);
					yield ItemFacts.quantity(campaigns.size(), campaigns.stream().map(this::activityLink).toList());
				}
				case TRAINING_PERSON_TIMES -> {
					List<TeamActivity> trainings = activities(TeamActivity.Kind.SKILLS_TRAINING);
					List<Link> links = new ArrayList<>(trainings.stream().map(this::activityLink).toList());
					var population = organisation.residentPopulation(v);
					if (population.isEmpty()) {
						yield ItemFacts.waiting(Waiting.of("scoring.waiting.noPopulation"), links);
					}
					links.add(new Link("scoring.link.population", List.of(population.getAsInt()), null));
					yield ItemFacts.against(trainings.stream().mapToInt(TeamActivity::personTimes).sum(),
							BigDecimal.valueOf(population.getAsInt()), links);
				}
				case MEDIA -> levelFacts(counting(), EvidenceKind.MEDIA, y);
				case FUNDS_SECURED -> {
					if (unit == null) {
						yield noUnit();
					}
					BigDecimal amount = evidence.fundsSecured(v, year);
					List<Link> links = new ArrayList<>(counting().stream()
						.filter(e -> e.kind() == EvidenceKind.FUNDS)
						.map(e -> new Link("scoring.link.funds", List.of(e.occurredOn().toString(), e.title(),
								Points.text(e.amount())), "/evidence?year=" + y))
						.toList());
					links.add(new Link("scoring.link.unitType", List.of(unit.name(), unit.type().messageKey()), null));
					yield ItemFacts.amount(amount, unit.type().name(), links);
				}
				case SATISFACTION -> survey(survey);
				case RATERS -> ItemFacts.raters(scores.getOrDefault(item.code(), List.of()));
				default -> ItemFacts.waiting(Waiting.of("scoring.waiting.notForTeam"), List.of());
			};
		}

		private ReportLedger.TeamReports reports() {
			if (sent == null) {
				sent = reports.ofTeam(village.id(), year);
			}
			return sent;
		}

		private List<UnitDuties.Visit> visits() {
			if (visits == null) {
				visits = unitDuties.visits(unit.id(), village.id(), year);
			}
			return visits;
		}

		private List<TeamActivity> activities(TeamActivity.Kind kind) {
			if (done == null) {
				done = activities.of(village.id(), year);
			}
			return done.stream().filter(a -> a.kind() == kind).toList();
		}

		private List<CountingEvidence> counting() {
			if (counting == null) {
				counting = evidence.countingForTeam(village.id(), year);
			}
			return counting;
		}

		private ItemFacts noUnit() {
			return ItemFacts.waiting(Waiting.of("scoring.waiting.noUnit"), List.of());
		}

		private String dutiesHref() {
			return unit == null ? null : "/unit-duties/team?unit=" + unit.code() + "&village=" + village.code() + "&year=" + y;
		}

		private Link visitLink(UnitDuties.Visit x) {
			return new Link("scoring.link.visit", List.of(x.visitedOn().toString(), x.leaderName(), x.role().messageKey()),
					dutiesHref());
		}

		private Link activityLink(TeamActivity a) {
			return new Link("scoring.link.activity", List.of(a.heldOn().toString(), a.title(), a.personTimes()),
					"/scoring/activities?village=" + village.code() + "&year=" + y);
		}

	}

	private static Link reportLink(ReportLedger.Sent r) {
		return new Link(r.onTime() ? "scoring.link.report" : "scoring.link.reportLate",
				List.of(r.title(), r.personName(), r.submittedOn().toString(), r.dueDate() == null ? "" : r.dueDate().toString()),
				"/reports/" + r.reportId());
	}

	/** Villages, counties and units looked up once per computation. */
	private final class Places {

		private final Map<Long, Optional<VillageSummary>> villages = new HashMap<>();

		private final Map<Long, Optional<PlaceSummary>> counties = new HashMap<>();

		private final Map<Long, Optional<UnitSummary>> units = new HashMap<>();

		VillageSummary village(long id) {
			return villages.computeIfAbsent(id, organisation::village).orElse(null);
		}

		PlaceSummary county(long villageId) {
			return counties.computeIfAbsent(villageId, organisation::countyOf).orElse(null);
		}

		Optional<UnitSummary> unit(long id) {
			return units.computeIfAbsent(id, organisation::unit);
		}

	}

}
