package org.zhucun.scoring.template;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.common.scope.DataScope;
import org.zhucun.common.scope.DataScopeProvider;
import org.zhucun.common.security.CurrentActor;
import org.zhucun.common.web.ConflictException;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.common.web.NotFoundException;
import org.zhucun.organisation.NodeLevel;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.organisation.PlaceSummary;
import org.zhucun.scoring.rules.Annex;
import org.zhucun.scoring.rules.EvidenceSource;
import org.zhucun.scoring.rules.RaterKind;
import org.zhucun.scoring.rules.RuleKind;
import org.zhucun.scoring.rules.SeedTemplates;
import org.zhucun.scoring.rules.TemplateItem;

/**
 * The scoring templates (SCO-A1/A2/A3, POL-1): which applies to a county and year — the county's
 * refinement in force that year, else the region's default in force —, the templates a user may see,
 * and a county's refinement (county organisation department, within its scope, ORG-5). A refinement
 * whose points do not add up is stored with its flags shown wherever it is used: the county decides.
 */
@Service
@Transactional(readOnly = true)
public class TemplateService {

	private static final Pattern CODE = Pattern.compile("\\d{1,2}(\\.\\d{1,2})*");

	private static final int TEXT_MAX = 2000;

	private final TemplateStore store;

	private final OrganisationDirectory organisation;

	private final DataScopeProvider scopes;

	private final Clock clock;

	TemplateService(TemplateStore store, OrganisationDirectory organisation, DataScopeProvider scopes, Clock clock) {
		this.store = store;
		this.organisation = organisation;
		this.scopes = scopes;
		this.clock = clock;
	}

	/** A resolver over the templates as they are now, for many lookups in one computation. */
	public Resolver resolver() {
		return new Resolver(store.headers());
	}

	/** The template in force for a county (null: the region) and a year. */
	public ScoringTemplate inForce(Annex annex, Long countyNodeId, int year) {
		return resolver().inForce(annex, countyNodeId, year);
	}

	/** Resolution over one snapshot of the template list. */
	public final class Resolver {

		private final List<ScoringTemplate> headers;

		private final java.util.Map<String, ScoringTemplate> resolved = new java.util.HashMap<>();

		Resolver(List<ScoringTemplate> headers) {
			this.headers = headers;
		}

		public ScoringTemplate inForce(Annex annex, Long countyNodeId, int year) {
			return resolved.computeIfAbsent(annex + "/" + countyNodeId + "/" + year, k -> {
				Optional<ScoringTemplate> county = countyNodeId == null ? Optional.empty() : latest(annex, countyNodeId, year);
				return county.or(() -> latest(annex, null, year)).map(store::withItems).orElseGet(() -> seed(annex));
			});
		}

		private Optional<ScoringTemplate> latest(Annex annex, Long countyNodeId, int year) {
			return headers.stream()
				.filter(t -> t.annex() == annex && java.util.Objects.equals(t.countyNodeId(), countyNodeId)
						&& t.fromYear() <= year)
				.max(Comparator.comparingInt(ScoringTemplate::fromYear).thenComparingInt(ScoringTemplate::revision));
		}

	}

	/** The seed as a template, when the database holds none yet (before the seeder ran). */
	private static ScoringTemplate seed(Annex annex) {
		return new ScoringTemplate(0, annex, null, SeedTemplates.FROM_YEAR, 1, SeedTemplates.title(annex), null, null,
				CurrentActor.SYSTEM, java.time.Instant.EPOCH, SeedTemplates.of(annex));
	}

	/** The region's defaults and the refinements of the counties in the user's scope, newest first. */
	public List<ScoringTemplate> visible() {
		Set<Long> counties = countyIds(scopes.currentScope());
		return store.headers()
			.stream()
			.filter(t -> t.regionDefault() || counties.contains(t.countyNodeId()))
			.sorted(Comparator.comparing(ScoringTemplate::annex)
				.thenComparing(t -> t.countyNodeId() == null ? 0L : t.countyNodeId())
				.thenComparing(Comparator.comparingInt(ScoringTemplate::revision).reversed()))
			.toList();
	}

	/** One template with its items, if the user may see it (ORG-5). */
	public ScoringTemplate template(long id) {
		Set<Long> counties = countyIds(scopes.currentScope());
		return store.headers()
			.stream()
			.filter(t -> t.id() == id && (t.regionDefault() || counties.contains(t.countyNodeId())))
			.findFirst()
			.map(store::withItems)
			.orElseThrow(() -> new NotFoundException("scoring.error.templateNotFound"));
	}

	/** The counties of the user's scope (a county organisation department: its own). */
	public List<PlaceSummary> counties() {
		return organisation.placesWithin(scopes.currentScope(), NodeLevel.COUNTY);
	}

	/** The county of the scope with this code, or 404 (ORG-5). */
	public PlaceSummary county(String code) {
		return counties().stream()
			.filter(c -> c.code().equals(code == null ? "" : code.strip()))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("scoring.error.countyNotFound"));
	}

	/**
	 * The county's refinement from a year (SCO-A1/A2/A3): a new revision, based on the template in force
	 * for the county that year. Input that cannot be a template is refused; points that do not add up
	 * are kept and flagged.
	 */
	@Transactional
	public ScoringTemplate refine(RefinementCommand command) {
		Annex annex;
		try {
			annex = Annex.ofCode(command.annex() == null ? "" : command.annex().strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("annex", "scoring.error.annex");
		}
		PlaceSummary county = county(command.county());
		if (command.fromYear() == null || command.fromYear() < 2000 || command.fromYear() > 2100) {
			throw new InvalidInputException("fromYear", "scoring.error.fromYear");
		}
		ScoringTemplate base = inForce(annex, county.id(), command.fromYear());
		List<TemplateItem> items = items(command.items() == null ? List.of() : command.items());
		String note = text("note", command.note());
		try {
			long id = store.insert(annex, county.id(), command.fromYear(), store.nextRevision(annex, county.id()), base.title(),
					note, base.id() == 0 ? null : base.id(), CurrentActor.name(), clock.instant(), items);
			return template(id);
		}
		catch (DataIntegrityViolationException ex) {
			throw new ConflictException("scoring.error.concurrentRefinement");
		}
	}

	private List<TemplateItem> items(List<TemplateItemCommand> commands) {
		List<TemplateItem> items = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (TemplateItemCommand c : commands) {
			if (Boolean.TRUE.equals(c.remove())) {
				continue;
			}
			String code = c.code() == null ? "" : c.code().strip();
			if (!CODE.matcher(code).matches() || !codes.add(code)) {
				throw new InvalidInputException("items", "scoring.error.itemCode", code);
			}
			String name = text("items", c.name());
			if (name == null) {
				throw new InvalidInputException("items", "scoring.error.itemName", code);
			}
			if (c.maximum() != null && (c.maximum().signum() < 0 || c.maximum().compareTo(BigDecimal.valueOf(1000)) > 0)) {
				throw new InvalidInputException("items", "scoring.error.itemMaximum", code);
			}
			RuleKind kind = parse(RuleKind.class, c.kind(), code);
			EvidenceSource source = parse(EvidenceSource.class, c.source(), code);
			List<RaterKind> raters = (c.raters() == null ? List.<String>of() : c.raters()).stream()
				.filter(r -> r != null && !r.isBlank())
				.map(r -> parse(RaterKind.class, r, code))
				.distinct()
				.toList();
			java.util.Map<String, BigDecimal> params;
			try {
				params = TemplateItem.parseParams(c.params());
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException("items", "scoring.error.itemParams", code);
			}
			if (kind == null && source == null && !raters.isEmpty()) {
				kind = RuleKind.RATER_MEAN;
				source = EvidenceSource.RATERS;
			}
			if (kind == RuleKind.RATER_MEAN && source == null) {
				source = EvidenceSource.RATERS;
			}
			// a line scored by raters takes its facts from their scores alone, and only such a line can
			// use them: any other pairing would wait for ever or score from nothing
			if ((kind == RuleKind.RATER_MEAN) != (source == EvidenceSource.RATERS)) {
				throw new InvalidInputException("items", "scoring.error.itemRaters", code);
			}
			items.add(new TemplateItem(code, name, c.maximum(), c.rule() == null ? "" : c.rule().strip(), kind, source, params,
					raters, Boolean.TRUE.equals(c.bonus()), text("items", c.remainderReason())));
		}
		for (TemplateItem item : items) {
			if (item.parentCode() != null && !codes.contains(item.parentCode())) {
				throw new InvalidInputException("items", "scoring.error.itemParent", item.code());
			}
		}
		if (items.isEmpty()) {
			throw new InvalidInputException("items", "scoring.error.noItems");
		}
		items.sort(Comparator.comparing(TemplateItem::code, TemplateService::compareCodes));
		return items;
	}

	/** Codes in the order of the sheet: 1, 1.1, 1.2, 1.2.1, 1.10, 2 … (a remainder line last among its siblings). */
	static int compareCodes(String a, String b) {
		String[] x = a.split("\\.");
		String[] y = b.split("\\.");
		for (int i = 0; i < Math.min(x.length, y.length); i++) {
			int c = Integer.compare(rank(x[i]), rank(y[i]));
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(x.length, y.length);
	}

	private static int rank(String part) {
		return "R".equals(part) ? Integer.MAX_VALUE : Integer.parseInt(part);
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, String code) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("items", "scoring.error.itemKind", code);
		}
	}

	private static String text(String field, String value) {
		return text(field, value, TEXT_MAX);
	}

	/** An entered text stripped, null when blank, refused when longer than {@code max}. */
	public static String text(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.strip().length() > max) {
			throw new InvalidInputException(field, "scoring.error.tooLong", max);
		}
		return value.strip();
	}

	private Set<Long> countyIds(DataScope scope) {
		Set<Long> ids = new HashSet<>();
		organisation.placesWithin(scope, NodeLevel.COUNTY).forEach(c -> ids.add(c.id()));
		return ids;
	}

	/** Stores the region's default templates of the seed once (the seeder at start-up). */
	@Transactional
	public void seedDefaults() {
		Set<Annex> stored = new HashSet<>();
		store.headers().stream().filter(ScoringTemplate::regionDefault).forEach(t -> stored.add(t.annex()));
		for (Annex annex : Annex.values()) {
			if (!stored.contains(annex)) {
				store.insert(annex, null, SeedTemplates.FROM_YEAR, 1, SeedTemplates.title(annex),
						null, null, CurrentActor.SYSTEM, clock.instant(), SeedTemplates.of(annex));
			}
		}
	}

}
