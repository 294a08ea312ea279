package org.zhucun.unitduty.record;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.common.scope.DataScope;
import org.zhucun.common.scope.DataScopeProvider;
import org.zhucun.common.security.CurrentActor;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.common.web.NotFoundException;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.organisation.UnitSummary;
import org.zhucun.organisation.VillageSummary;
import org.zhucun.personnel.PostingPeriod;
import org.zhucun.personnel.Postings;
import org.zhucun.policy.PolicyKey;
import org.zhucun.policy.PolicyParameters;
import org.zhucun.unitduty.DutyStatus;
import org.zhucun.unitduty.UnitDuties;
import org.zhucun.unitduty.record.DutyCommands.FundCommand;
import org.zhucun.unitduty.record.DutyCommands.MeetingCommand;
import org.zhucun.unitduty.record.DutyCommands.SubsidyCommand;
import org.zhucun.unitduty.record.DutyCommands.VisitCommand;

/**
 * MTG-1..3, SUB-2: a unit's duties towards its team in a village. A team here is a unit with people
 * posted in a village during the year. The unit itself records (its own teams only); the county and
 * the township read those whose village lies in their scope (ORG-5); anything else answers as if it
 * did not exist.
 */
@Service
@Transactional(readOnly = true)
public class UnitDutyService implements UnitDuties {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final UnitMeetingRepository meetings;

	private final LeaderVisitRepository visits;

	private final FundEntryRepository funds;

	private final SubsidyRepository subsidies;

	private final Postings postings;

	private final OrganisationDirectory organisation;

	private final PolicyParameters policy;

	private final DataScopeProvider scopes;

	private final Clock clock;

	UnitDutyService(UnitMeetingRepository meetings, LeaderVisitRepository visits, FundEntryRepository funds,
			SubsidyRepository subsidies, Postings postings, OrganisationDirectory organisation, PolicyParameters policy,
			DataScopeProvider scopes, Clock clock) {
		this.meetings = meetings;
		this.visits = visits;
		this.funds = funds;
		this.subsidies = subsidies;
		this.postings = postings;
		this.organisation = organisation;
		this.policy = policy;
		this.scopes = scopes;
		this.clock = clock;
	}

	/** A unit's team in a village: the unit, the village, and since when the unit has had people there. */
	public record Team(UnitSummary unit, VillageSummary village, LocalDate since, List<PostingPeriod> postings) {
	}

	/** A team with its visit checks today. */
	public record TeamStatus(Team team, DutyStatus status) {
	}

	/** Everything recorded for a team in a year. */
	public record Detail(Team team, DutyStatus status, List<UnitMeeting> meetings, List<LeaderVisit> visits,
			List<FundLedger.Line> funds, List<Subsidy> subsidies) {
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

	/** The teams of the user's scope in a year: of its own units, and those posted in its villages. */
	public List<Team> teams(int year) {
		DataScope scope = scopes.currentScope();
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		List<PostingPeriod> all = new ArrayList<>();
		if (!scope.unitIds().isEmpty()) {
			all.addAll(postings.ofUnits(scope.unitIds(), from, to));
		}
		Set<Long> villages = organisation.villageIdsWithin(scope);
		if (!villages.isEmpty()) {
			all.addAll(postings.postedIn(villages, from, to));
		}
		Map<List<Long>, List<PostingPeriod>> byTeam = new LinkedHashMap<>();
		all.stream()
			.distinct()
			.forEach(p -> byTeam.computeIfAbsent(List.of(p.unitId(), p.villageNodeId()), k -> new ArrayList<>()).add(p));
		List<Team> teams = new ArrayList<>();
		byTeam.forEach((key, list) -> {
			var unit = organisation.unit(key.get(0));
			var village = organisation.village(key.get(1));
			if (unit.isPresent() && village.isPresent() && visible(scope, key.get(0), village.get())) {
				teams.add(new Team(unit.get(), village.get(),
						list.stream().map(PostingPeriod::startDate).min(Comparator.naturalOrder()).orElse(from), list));
			}
		});
		teams.sort(Comparator.comparing((Team t) -> t.unit().code()).thenComparing(t -> t.village().code()));
		return teams;
	}

	/** The teams of the scope with their checks today (the list page and the workbench). */
	public List<TeamStatus> statuses() {
		LocalDate today = today();
		return teams(today.getYear()).stream().map(t -> new TeamStatus(t, status(t, today))).toList();
	}

	public Detail detail(String unitCode, String villageCode, int year) {
		Team team = team(unitCode, villageCode, year);
		long u = team.unit().id();
		long v = team.village().id();
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		LocalDate today = today();
		return new Detail(team, status(team, year == today.getYear() ? today : to),
				meetings.findByUnitIdAndVillageNodeIdAndHeldOnBetweenOrderByHeldOn(u, v, from, to),
				visits.findByUnitIdAndVillageNodeIdAndVisitedOnBetweenOrderByVisitedOn(u, v, from, to),
				FundLedger.of(funds.findByUnitIdAndVillageNodeIdAndEntryDateBetweenOrderByEntryDate(u, v, from, to)),
				subsidies.findByUnitIdAndVillageNodeIdAndPaidOnBetweenOrderByPaidOn(u, v, from, to));
	}

	@Transactional
	public UnitMeeting addMeeting(MeetingCommand c) {
		Team team = ownTeam(c.unitCode(), c.villageCode(), day("heldOn", c.heldOn()));
		return meetings.save(new UnitMeeting(team.unit().id(), team.village().id(), c.heldOn(), text("minutes", c.minutes(), 4000),
				CurrentActor.name(), clock.instant()));
	}

	@Transactional
	public LeaderVisit addVisit(VisitCommand c) {
		Team team = ownTeam(c.unitCode(), c.villageCode(), day("visitedOn", c.visitedOn()));
		if (c.role() == null) {
			throw new InvalidInputException("role", "unitduty.error.required");
		}
		return visits.save(new LeaderVisit(team.unit().id(), team.village().id(), text("leaderName", c.leaderName(), 50),
				c.role(), c.visitedOn(), text("solved", c.solved(), 2000), CurrentActor.name(), clock.instant()));
	}

	@Transactional
	public FundEntry addFund(FundCommand c) {
		Team team = ownTeam(c.unitCode(), c.villageCode(), day("entryDate", c.entryDate()));
		if (c.direction() == null) {
			throw new InvalidInputException("direction", "unitduty.error.required");
		}
		return funds.save(new FundEntry(team.unit().id(), team.village().id(), c.entryDate(), c.direction(),
				amount(c.amount()), text("purpose", c.purpose(), 200), CurrentActor.name(), clock.instant()));
	}

	@Transactional
	public Subsidy addSubsidy(SubsidyCommand c) {
		Team team = ownTeam(c.unitCode(), c.villageCode(), day("paidOn", c.paidOn()));
		if (c.kind() == null) {
			throw new InvalidInputException("kind", "unitduty.error.required");
		}
		YearMonth month;
		try {
			month = YearMonth.parse(c.period() == null ? "" : c.period().trim());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("period", "unitduty.error.period");
		}
		PostingPeriod person = team.postings()
			.stream()
			.filter(p -> c.personId() != null && p.personId() == c.personId())
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("personId", "unitduty.error.person"));
		return subsidies.save(new Subsidy(team.unit().id(), team.village().id(), person.personId(), person.personName(),
				month.toString(), c.kind(), amount(c.amount()), c.paidOn(), CurrentActor.name(), clock.instant()));
	}

	// --- the public API (unscoped) ---

	@Override
	public DutyStatus status(long unitId, long villageNodeId, LocalDate asOf) {
		LocalDate since = postings.postedIn(Set.of(villageNodeId), asOf.minusYears(10), asOf)
			.stream()
			.filter(p -> p.unitId() == unitId)
			.map(PostingPeriod::startDate)
			.min(Comparator.naturalOrder())
			.orElse(asOf);
		return evaluate(unitId, villageNodeId, since, asOf);
	}

	@Override
	public List<LocalDate> meetingDays(long unitId, long villageNodeId, int year) {
		return meetings
			.findByUnitIdAndVillageNodeIdAndHeldOnBetweenOrderByHeldOn(unitId, villageNodeId, LocalDate.of(year, 1, 1),
					LocalDate.of(year, 12, 31))
			.stream()
			.map(UnitMeeting::getHeldOn)
			.toList();
	}

	@Override
	public List<Visit> visits(long unitId, long villageNodeId, int year) {
		return visits
			.findByUnitIdAndVillageNodeIdAndVisitedOnBetweenOrderByVisitedOn(unitId, villageNodeId, LocalDate.of(year, 1, 1),
					LocalDate.of(year, 12, 31))
			.stream()
			.map(v -> new Visit(v.getLeaderName(), v.getLeaderRole(), v.getVisitedOn(), v.getSolved()))
			.toList();
	}

	@Override
	public BigDecimal fundsGiven(long unitId, long villageNodeId, int year) {
		return funds
			.findByUnitIdAndVillageNodeIdAndEntryDateBetweenOrderByEntryDate(unitId, villageNodeId, LocalDate.of(year, 1, 1),
					LocalDate.of(year, 12, 31))
			.stream()
			.filter(f -> f.getDirection() == FundEntry.Direction.IN)
			.map(FundEntry::getAmount)
			.reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}

	// --- rules and checks ---

	private DutyStatus status(Team team, LocalDate asOf) {
		return evaluate(team.unit().id(), team.village().id(), team.since(), asOf);
	}

	private DutyStatus evaluate(long unitId, long villageNodeId, LocalDate since, LocalDate asOf) {
		int year = asOf.getYear();
		var rule = new VisitRule(policy.value(PolicyKey.UNIT_HEAD_VISIT_MONTHS, villageNodeId, year),
				policy.value(PolicyKey.UNIT_LEADER_RESEARCH_MONTHS, villageNodeId, year),
				policy.value(PolicyKey.UNIT_LEADERSHIP_VISITS_PER_YEAR, villageNodeId, year));
		var dated = visits.findByUnitIdAndVillageNodeIdAndVisitedOnBetweenOrderByVisitedOn(unitId, villageNodeId,
				LocalDate.of(1900, 1, 1), asOf)
			.stream()
			.map(v -> new VisitRule.Dated(v.getLeaderRole(), v.getVisitedOn()))
			.toList();
		return rule.evaluate(unitId, villageNodeId, dated, since, asOf);
	}

	private static boolean visible(DataScope scope, long unitId, VillageSummary village) {
		return scope.coversUnit(unitId) || scope.coversPath(village.path());
	}

	private Team team(String unitCode, String villageCode, int year) {
		return teams(year).stream()
			.filter(t -> t.unit().code().equals(unitCode) && t.village().code().equals(villageCode))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("unitduty.error.notFound"));
	}

	/** A team of one of the user's own units, in the year of the record's day. */
	private Team ownTeam(String unitCode, String villageCode, LocalDate day) {
		Team team = team(unitCode, villageCode, day.getYear());
		if (!scopes.currentScope().coversUnit(team.unit().id())) {
			throw new NotFoundException("unitduty.error.notFound");
		}
		return team;
	}

	private LocalDate day(String field, LocalDate day) {
		if (day == null) {
			throw new InvalidInputException(field, "unitduty.error.required");
		}
		if (day.isAfter(today())) {
			throw new InvalidInputException(field, "unitduty.error.future");
		}
		return day;
	}

	static String text(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(field, "unitduty.error.required");
		}
		if (value.strip().length() > max) {
			throw new InvalidInputException(field, "unitduty.error.tooLong", max);
		}
		return value.strip();
	}

	static BigDecimal amount(BigDecimal amount) {
		if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2
				|| amount.compareTo(new BigDecimal("999999999999.99")) > 0) {
			throw new InvalidInputException("amount", "unitduty.error.amount");
		}
		return amount.setScale(2);
	}

}
