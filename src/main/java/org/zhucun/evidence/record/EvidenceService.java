package org.zhucun.evidence.record;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.common.query.IdChunks;
import org.zhucun.common.scope.DataScope;
import org.zhucun.common.scope.DataScopeProvider;
import org.zhucun.common.security.CurrentActor;
import org.zhucun.common.web.ConflictException;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.common.web.NotFoundException;
import org.zhucun.document.DocumentRef;
import org.zhucun.document.Documents;
import org.zhucun.document.StoredDocument;
import org.zhucun.evidence.BonusEvidence;
import org.zhucun.evidence.CountingEvidence;
import org.zhucun.evidence.EvidenceKind;
import org.zhucun.evidence.EvidenceState;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.organisation.VillageSummary;
import org.zhucun.personnel.ActivePostings;
import org.zhucun.personnel.ActivePostings.ActivePosting;

/**
 * Annex 1–3 bonus evidence: entered by the person, the team or the unit within their scope; verified
 * or refused by the township or county whose scope holds the village; counting only once verified
 * (ORG-5: anything outside the scope answers as if it did not exist).
 */
@Service
@Transactional(readOnly = true)
public class EvidenceService implements BonusEvidence {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** Stands in for an empty id list in a query's {@code in}. */
	private static final Long NONE = -1L;

	private final EvidenceRepository evidence;

	private final OrganisationDirectory organisation;

	private final ActivePostings postings;

	private final Documents documents;

	private final DataScopeProvider scopes;

	private final Clock clock;

	EvidenceService(EvidenceRepository evidence, OrganisationDirectory organisation, ActivePostings postings,
			Documents documents, DataScopeProvider scopes, Clock clock) {
		this.evidence = evidence;
		this.organisation = organisation;
		this.postings = postings;
		this.documents = documents;
		this.scopes = scopes;
		this.clock = clock;
	}

	/** A record with its village's name and its scan, for lists. */
	public record Row(Evidence evidence, String villageName, DocumentRef document) {
	}

	/** An upload that came with a record: the scanned document. */
	public record Upload(String fileName, byte[] content) {
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

	/** The records of a year within the user's scope, newest first. */
	public List<Row> list(int year) {
		DataScope scope = scopes.currentScope();
		var rows = evidence.within(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
				ids(organisation.villageIdsWithin(scope)), ids(scope.unitIds()), ids(scope.personIds()),
				ids(cadreVillages(scope)));
		Map<Long, DocumentRef> docs = documents
			.describe(rows.stream().map(Evidence::getDocumentId).filter(java.util.Objects::nonNull).toList())
			.stream()
			.collect(Collectors.toMap(DocumentRef::id, Function.identity()));
		Map<Long, String> names = new java.util.HashMap<>();
		return rows.stream()
			.map(e -> new Row(e, names.computeIfAbsent(e.getVillageNodeId(),
					v -> organisation.village(v).map(VillageSummary::name).orElse("")), docs.get(e.getDocumentId())))
			.toList();
	}

	/** The villages the user may enter a team's record for, by code: for the form's pick list. */
	public List<VillageSummary> villages() {
		DataScope scope = scopes.currentScope();
		Set<Long> ids = new HashSet<>(organisation.villageIdsWithin(scope));
		ids.addAll(cadreVillages(scope));
		if (!scope.unitIds().isEmpty()) {
			candidates(scope).stream().filter(p -> scope.coversUnit(p.unitId())).forEach(p -> ids.add(p.villageNodeId()));
		}
		return ids.stream()
			.map(organisation::village)
			.flatMap(Optional::stream)
			.sorted(java.util.Comparator.comparing(VillageSummary::code))
			.toList();
	}

	/** The people the user may enter a person's record for: their own, their unit's, their villages'. */
	public List<ActivePosting> people() {
		DataScope scope = scopes.currentScope();
		return candidates(scope).stream().filter(p -> mayEnterFor(scope, p)).toList();
	}

	@Transactional
	public Evidence enter(EvidenceCommand c, Upload upload) {
		if (c.kind() == null) {
			throw new InvalidInputException("kind", "evidence.error.required");
		}
		DataScope scope = scopes.currentScope();
		long villageId;
		Long unitId;
		Long personId = null;
		String personName = null;
		if (c.kind().personal()) {
			ActivePosting posting = (c.personId() == null ? Optional.<ActivePosting>empty() : postings.of(c.personId()))
				.filter(p -> mayEnterFor(scope, p))
				.orElseThrow(() -> new NotFoundException("evidence.error.notFound"));
			villageId = posting.villageNodeId();
			unitId = posting.unitId();
			personId = posting.personId();
			personName = posting.personName();
		}
		else {
			VillageSummary village = organisation.villageByCode(c.villageCode() == null ? "" : c.villageCode())
				.orElseThrow(() -> new NotFoundException("evidence.error.notFound"));
			villageId = village.id();
			unitId = teamUnit(scope, village).orElseThrow(() -> new NotFoundException("evidence.error.notFound")).orElse(null);
		}
		LocalDate day = c.occurredOn();
		if (day == null) {
			throw new InvalidInputException("occurredOn", "evidence.error.required");
		}
		if (day.isAfter(today())) {
			throw new InvalidInputException("occurredOn", "evidence.error.future");
		}
		String title = text("title", c.title(), 200);
		String link = link(c.link());
		BigDecimal amount = null;
		if (c.kind() == EvidenceKind.FUNDS) {
			if (c.fundSource() == null) {
				throw new InvalidInputException("fundSource", "evidence.error.required");
			}
			amount = amount(c.amount());
		}
		else if (c.level() == null) {
			throw new InvalidInputException("level", "evidence.error.required");
		}
		Long documentId = upload == null || upload.content() == null || upload.content().length == 0 ? null
				: documents.store(upload.fileName(), upload.content()).id();
		return evidence.save(new Evidence(c.kind(), villageId, unitId, personId, personName,
				c.kind() == EvidenceKind.FUNDS ? null : c.level(), day, title, link, documentId, amount,
				c.kind() == EvidenceKind.FUNDS ? c.fundSource() : null, CurrentActor.name(), clock.instant()));
	}

	@Transactional
	public Evidence verify(long id) {
		Evidence e = toDecide(id);
		e.verify(CurrentActor.name(), clock.instant());
		return e;
	}

	@Transactional
	public Evidence refuse(long id, String reason) {
		Evidence e = toDecide(id);
		e.refuse(text("reason", reason, 200), CurrentActor.name(), clock.instant());
		return e;
	}

	/** The scan of a record the user may see. */
	public StoredDocument document(long id) {
		Evidence e = visible(id);
		return Optional.ofNullable(e.getDocumentId())
			.flatMap(documents::read)
			.orElseThrow(() -> new NotFoundException("evidence.error.notFound"));
	}

	/** Records waiting for the user's verification (the township's and county's workbench). */
	public long pendingCount() {
		Set<Long> villages = organisation.villageIdsWithin(scopes.currentScope());
		return villages.isEmpty() ? 0 : evidence.countByStateAndVillageNodeIdIn(EvidenceState.PENDING, villages);
	}

	// --- the public API (unscoped): only what counts ---

	@Override
	public List<CountingEvidence> countingForTeam(long villageNodeId, int year) {
		return evidence
			.findByVillageNodeIdAndPersonIdIsNullAndStateAndOccurredOnBetween(villageNodeId, EvidenceState.VERIFIED,
					LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.stream()
			.filter(Evidence::isCounting)
			.map(Evidence::counting)
			.toList();
	}

	@Override
	public List<CountingEvidence> countingForPerson(long personId, int year) {
		return evidence
			.findByPersonIdAndStateAndOccurredOnBetween(personId, EvidenceState.VERIFIED, LocalDate.of(year, 1, 1),
					LocalDate.of(year, 12, 31))
			.stream()
			.filter(Evidence::isCounting)
			.map(Evidence::counting)
			.toList();
	}

	@Override
	public Map<Long, List<CountingEvidence>> countingForPeople(Collection<Long> personIds, int year) {
		Map<Long, List<CountingEvidence>> result = new HashMap<>();
		personIds.forEach(id -> result.put(id, new ArrayList<>()));
		IdChunks.read(personIds, chunk -> evidence.findByPersonIdInAndStateAndOccurredOnBetweenOrderByOccurredOnAscIdAsc(
				chunk, EvidenceState.VERIFIED, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
			.stream()
			.filter(Evidence::isCounting)
			.forEach(e -> result.get(e.getPersonId()).add(e.counting()));
		return result;
	}

	@Override
	public BigDecimal fundsSecured(long villageNodeId, int year) {
		return countingForTeam(villageNodeId, year).stream()
			.filter(e -> e.kind() == EvidenceKind.FUNDS)
			.map(CountingEvidence::amount)
			.reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}

	// --- scope ---

	private Evidence visible(long id) {
		DataScope scope = scopes.currentScope();
		return evidence.findById(id).filter(e -> {
			var village = organisation.village(e.getVillageNodeId());
			return village.isPresent() && scope.coversPath(village.get().path()) || scope.coversUnit(e.getUnitId())
					|| scope.coversOwnPerson(e.getPersonId())
					|| (e.getPersonId() == null && cadreVillages(scope).contains(e.getVillageNodeId()));
		}).orElseThrow(() -> new NotFoundException("evidence.error.notFound"));
	}

	/** A pending record whose village lies in the user's tree scope (township or county). */
	private Evidence toDecide(long id) {
		DataScope scope = scopes.currentScope();
		Evidence e = evidence.findById(id)
			.filter(x -> organisation.village(x.getVillageNodeId()).map(v -> scope.coversPath(v.path())).orElse(false))
			.orElseThrow(() -> new NotFoundException("evidence.error.notFound"));
		if (e.getState() != EvidenceState.PENDING) {
			throw new ConflictException("evidence.error.decided");
		}
		return e;
	}

	private boolean mayEnterFor(DataScope scope, ActivePosting p) {
		return scope.coversOwnPerson(p.personId()) || scope.coversUnit(p.unitId())
				|| organisation.village(p.villageNodeId()).map(v -> scope.coversPath(v.path())).orElse(false);
	}

	/** The active postings the user might enter for: in their villages, or anywhere for a unit or a cadre. */
	private List<ActivePosting> candidates(DataScope scope) {
		boolean tree = scope.unitIds().isEmpty() && scope.personIds().isEmpty();
		return postings.inVillages(organisation.villageIdsWithin(tree ? scope : DataScope.everything()));
	}

	/**
	 * Whether the user may enter a team's record for the village, and the unit it is entered for: a
	 * township or county of the village (no unit), a unit with people there, a cadre posted there.
	 */
	private Optional<Optional<Long>> teamUnit(DataScope scope, VillageSummary village) {
		if (scope.coversPath(village.path())) {
			return Optional.of(Optional.empty());
		}
		return postings.inVillages(Set.of(village.id()))
			.stream()
			.filter(p -> scope.coversUnit(p.unitId()) || scope.coversOwnPerson(p.personId()))
			.findFirst()
			.map(p -> Optional.of(p.unitId()));
	}

	/** The village a linked cadre is posted in (their team's records are theirs to see). */
	private Set<Long> cadreVillages(DataScope scope) {
		return scope.personIds()
			.stream()
			.map(postings::of)
			.flatMap(Optional::stream)
			.map(ActivePosting::villageNodeId)
			.collect(Collectors.toSet());
	}

	private static Set<Long> ids(Set<Long> ids) {
		return ids.isEmpty() ? Set.of(NONE) : ids;
	}

	private static String text(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(field, "evidence.error.required");
		}
		if (value.strip().length() > max) {
			throw new InvalidInputException(field, "evidence.error.tooLong", max);
		}
		return value.strip();
	}

	private static String link(String link) {
		if (link == null || link.isBlank()) {
			return null;
		}
		String l = link.strip();
		if (l.length() > 500 || !(l.startsWith("https://") || l.startsWith("http://"))) {
			throw new InvalidInputException("link", "evidence.error.link");
		}
		return l;
	}

	private static BigDecimal amount(BigDecimal amount) {
		if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2
				|| amount.compareTo(new BigDecimal("999999999999.99")) > 0) {
			throw new InvalidInputException("amount", "evidence.error.amount");
		}
		return amount.setScale(2);
	}

}
