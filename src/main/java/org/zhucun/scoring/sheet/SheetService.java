package org.zhucun.scoring.sheet;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.common.scope.DataScope;
import org.zhucun.common.scope.DataScopeProvider;
import org.zhucun.common.security.AccountIdentity;
import org.zhucun.common.security.CurrentActor;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.common.web.NotFoundException;
import org.zhucun.organisation.OfficeSummary;
import org.zhucun.organisation.NodeLevel;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.organisation.PlaceSummary;
import org.zhucun.organisation.VillageSummary;
import org.zhucun.personnel.PostingPeriod;
import org.zhucun.personnel.Postings;
import org.zhucun.scoring.rules.Points;
import org.zhucun.scoring.rules.RaterKind;
import org.zhucun.scoring.rules.RuleKind;
import org.zhucun.scoring.rules.SheetEvaluator;
import org.zhucun.scoring.rules.TemplateItem;

/**
 * The sheets as users see and score them, always within their data scope (ORG-5): a township its
 * villages' people and teams, a county its townships', a dispatching unit its own people and their
 * teams, a cadre their own sheet. Raters' scores are entered by the offices entitled to the item
 * (BUR-3) and refused outside 0..maximum; team activities by the township or the team.
 */
@Service
@Transactional(readOnly = true)
public class SheetService {

	private static final int TEXT_MAX = 1000;

	private final SheetCalculator calculator;

	private final Postings postings;

	private final OrganisationDirectory organisation;

	private final DataScopeProvider scopes;

	private final RaterScoreStore raters;

	private final TeamActivityStore activities;

	private final Clock clock;

	SheetService(SheetCalculator calculator, Postings postings, OrganisationDirectory organisation, DataScopeProvider scopes,
			RaterScoreStore raters, TeamActivityStore activities, Clock clock) {
		this.calculator = calculator;
		this.postings = postings;
		this.organisation = organisation;
		this.scopes = scopes;
		this.raters = raters;
		this.activities = activities;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
	}

	/** The postings of the year the user may see (ORG-5), one per person (the latest), by name. */
	public List<PostingPeriod> people(int year) {
		DataScope scope = scopes.currentScope();
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		List<PostingPeriod> all = new ArrayList<>(postings.postedIn(organisation.villageIdsWithin(scope), from, to));
		all.addAll(postings.ofUnits(scope.unitIds(), from, to));
		all.addAll(postings.ofPeople(scope.personIds(), from, to));
		Map<Long, PostingPeriod> latest = new LinkedHashMap<>();
		all.stream().sorted(Comparator.comparing(PostingPeriod::startDate)).forEach(p -> latest.put(p.personId(), p));
		return latest.values().stream().sorted(Comparator.comparing(PostingPeriod::personName)).toList();
	}

	/** The villages whose team sheet the user may see for the year, by code. */
	public List<VillageSummary> teams(int year) {
		Set<Long> ids = new HashSet<>();
		people(year).forEach(p -> ids.add(p.villageNodeId()));
		return ids.stream()
			.map(organisation::village)
			.flatMap(Optional::stream)
			.sorted(Comparator.comparing(VillageSummary::code))
			.toList();
	}

	/** A person's sheet, if the user may see the person (404 otherwise, ORG-5). */
	public FilledSheet person(long personId, int year) {
		checkPerson(personId, year);
		FilledSheet sheet = calculator.people(List.of(personId), year, LocaleContextHolder.getLocale()).get(personId);
		if (sheet == null) {
			throw new NotFoundException("scoring.error.notFound");
		}
		return sheet;
	}

	/** A team's sheet by the village's code, if the user may see it (404 otherwise, ORG-5). */
	public FilledSheet team(String villageCode, int year) {
		VillageSummary village = village(villageCode, year);
		return calculator.team(village.id(), year, LocaleContextHolder.getLocale())
			.orElseThrow(() -> new NotFoundException("scoring.error.notFound"));
	}

	/** The rater kinds the user's office may enter (BUR-3); none for an account without an office. */
	public Set<RaterKind> enterableRaters() {
		Set<RaterKind> kinds = EnumSet.noneOf(RaterKind.class);
		office().ifPresent(office -> {
			boolean county = office.nodeId() != null && organisation.placesOnPath(office.nodeId())
				.stream()
				.reduce((above, own) -> own)
				.filter(own -> own.level() == NodeLevel.COUNTY)
				.isPresent();
			for (RaterKind k : RaterKind.values()) {
				// the annexes name the county's own organisation department and poverty office: an office
				// of the city or the region scores nothing for them
				if (k.enterableBy(office.kind()) && (county || !k.countyOffice())) {
					kinds.add(k);
				}
			}
		});
		return kinds;
	}

	/**
	 * A rater's score (BUR-3): on a line scored by raters, by a rater the line names, entered by an
	 * office entitled to that rater, within 0..the line's maximum; the same rater scoring again
	 * replaces the earlier score. One transaction (SEC-9).
	 */
	@Transactional
	public FilledSheet rate(RateCommand command) {
		int year = command.year() == null ? today().getYear() : command.year();
		FilledSheet sheet = command.subject() == Subject.TEAM ? team(command.village(), year)
				: person(command.personId() == null ? -1 : command.personId(), year);
		String code = command.itemCode() == null ? "" : command.itemCode().strip();
		TemplateItem item = SheetEvaluator.line(sheet.filled(), code)
			.map(SheetEvaluator.Line::item)
			.filter(i -> i.kind() == RuleKind.RATER_MEAN)
			.orElseThrow(() -> new InvalidInputException("itemCode", "scoring.error.notRated", code));
		RaterKind rater;
		try {
			rater = RaterKind.valueOf(command.raterKind() == null ? "" : command.raterKind().strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("raterKind", "scoring.error.notRated", code);
		}
		if (!item.raters().contains(rater)) {
			throw new InvalidInputException("raterKind", "scoring.error.notRated", code);
		}
		if (!enterableRaters().contains(rater)) {
			throw new InvalidInputException("raterKind", "scoring.error.raterNotEntitled");
		}
		BigDecimal score = command.score();
		if (score == null || score.signum() < 0 || score.compareTo(item.maximum()) > 0 || score.scale() > 2) {
			throw new InvalidInputException("score", "scoring.error.scoreOutOfRange", Points.text(item.maximum()));
		}
		String name = text("raterName", command.raterName());
		if (name == null) {
			name = officeName().orElseThrow(() -> new InvalidInputException("raterName", "scoring.error.raterName"));
		}
		raters.save(sheet.subject(), sheet.subjectId(), year, code, rater, name, score, text("reason", command.reason()),
				today(), CurrentActor.name(), clock.instant());
		return command.subject() == Subject.TEAM ? team(command.village(), year) : person(command.personId(), year);
	}

	/** The townships whose sheets the user may download at once: those the data scope covers whole (FRM-2). */
	public List<PlaceSummary> townships() {
		DataScope scope = scopes.currentScope();
		return organisation.placesWithin(scope, NodeLevel.TOWNSHIP)
			.stream()
			.filter(t -> scope.isUnrestricted() || scope.coversPath(t.path()))
			.toList();
	}

	/**
	 * A township's people posted in the year and its villages with a team, for a batch of all its
	 * sheets (FRM-2); 404 unless the user's scope covers the whole township (ORG-5).
	 */
	public TownshipSheets township(String townshipCode, int year) {
		PlaceSummary township = organisation.place(townshipCode == null ? "" : townshipCode.strip())
			.filter(p -> p.level() == NodeLevel.TOWNSHIP)
			.orElseThrow(() -> new NotFoundException("scoring.error.notFound"));
		DataScope scope = scopes.currentScope();
		if (!scope.isUnrestricted() && !scope.coversPath(township.path())) {
			throw new NotFoundException("scoring.error.notFound");
		}
		Map<Long, PostingPeriod> latest = new LinkedHashMap<>();
		postings.postedIn(organisation.villageIdsWithin(DataScope.subtree(township.path())), LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31))
			.stream()
			.sorted(Comparator.comparing(PostingPeriod::startDate))
			.forEach(p -> latest.put(p.personId(), p));
		List<PostingPeriod> people = latest.values().stream().sorted(Comparator.comparing(PostingPeriod::personName)).toList();
		List<VillageSummary> villages = people.stream()
			.map(PostingPeriod::villageNodeId)
			.distinct()
			.map(organisation::village)
			.flatMap(Optional::stream)
			.sorted(Comparator.comparing(VillageSummary::code))
			.toList();
		return new TownshipSheets(township, year, people, villages);
	}

	/** A township's sheets of a year: its people and the villages of its teams. */
	public record TownshipSheets(PlaceSummary township, int year, List<PostingPeriod> people, List<VillageSummary> villages) {
	}

	/**
	 * The items waiting for a score of a rater the user's office may enter (BUR-3), on the sheets of
	 * the year within the scope: one per sheet and item, whatever the number of the office's raters.
	 */
	public long waitingForMyOffice(int year) {
		Set<RaterKind> mine = enterableRaters();
		if (mine.isEmpty()) {
			return 0;
		}
		List<PostingPeriod> people = people(year);
		return calculator.waitingForRaters(people.stream().map(PostingPeriod::personId).toList(),
				people.stream().map(PostingPeriod::villageNodeId).toList(), year, mine);
	}

	/** The team activities of a village in the user's scope for the year. */
	public List<TeamActivity> activities(String villageCode, int year) {
		return activities.of(village(villageCode, year).id(), year);
	}

	/** Records a team activity for a village of the user's scope (the township, or a cadre of the team; BUR-3). */
	@Transactional
	public void addActivity(ActivityCommand command) {
		if (command.heldOn() == null || command.kind() == null || command.personTimes() == null || command.personTimes() < 0
				|| command.heldOn().isAfter(today())) {
			throw new InvalidInputException("kind", "scoring.error.activity");
		}
		TeamActivity.Kind kind;
		try {
			kind = TeamActivity.Kind.valueOf(command.kind());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("kind", "scoring.error.activity");
		}
		String title = text("title", command.title());
		if (title == null) {
			throw new InvalidInputException("title", "scoring.error.activity");
		}
		VillageSummary village = village(command.village(), command.heldOn().getYear());
		activities.add(village.id(), kind, command.heldOn(), title, command.personTimes(), CurrentActor.name(), clock.instant());
	}

	// --- scope ---

	private void checkPerson(long personId, int year) {
		DataScope scope = scopes.currentScope();
		if (scope.isUnrestricted() || scope.coversOwnPerson(personId)) {
			return;
		}
		Set<Long> villages = organisation.villageIdsWithin(scope);
		boolean visible = postings.ofPerson(personId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.stream()
			.anyMatch(p -> villages.contains(p.villageNodeId()) || scope.coversUnit(p.unitId()));
		if (!visible) {
			throw new NotFoundException("scoring.error.notFound");
		}
	}

	private VillageSummary village(String code, int year) {
		VillageSummary village = organisation.villageByCode(code == null ? "" : code.strip())
			.orElseThrow(() -> new NotFoundException("scoring.error.notFound"));
		DataScope scope = scopes.currentScope();
		if (scope.isUnrestricted() || scope.coversPath(village.path())) {
			return village;
		}
		boolean own = postings.postedIn(List.of(village.id()), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.stream()
			.anyMatch(p -> scope.coversUnit(p.unitId()) || scope.coversOwnPerson(p.personId()));
		if (!own) {
			throw new NotFoundException("scoring.error.notFound");
		}
		return village;
	}

	private Optional<OfficeSummary> office() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !(auth.getPrincipal() instanceof AccountIdentity identity) || identity.officeId() == null) {
			return Optional.empty();
		}
		return organisation.office(identity.officeId());
	}

	private Optional<String> officeName() {
		return office().map(OfficeSummary::name);
	}

	private static String text(String field, String value) {
		return org.zhucun.scoring.template.TemplateService.text(field, value, TEXT_MAX);
	}

}
