package org.zhucun.worklog.log;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.common.scope.DataScope;
import org.zhucun.common.scope.DataScopeProvider;
import org.zhucun.common.security.AccountIdentity;
import org.zhucun.common.security.CurrentActor;
import org.zhucun.common.web.ConflictException;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.common.web.NotFoundException;
import org.zhucun.document.Documents;
import org.zhucun.document.StoredDocument;
import org.zhucun.organisation.OfficeKind;
import org.zhucun.organisation.OfficeSummary;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.personnel.ActivePostings;
import org.zhucun.personnel.ActivePostings.ActivePosting;
import org.zhucun.personnel.Postings;
import org.zhucun.worklog.rules.EditWindow;
import org.zhucun.worklog.rules.LogKind;
import org.zhucun.worklog.rules.Quarter;

/**
 * LOG-1/2: writing, editing and correcting one's own log entries, attaching files, reading the logs
 * within the data scope, and the township's quarterly review and its publication (通报). Each step
 * is one transaction. Everything is narrowed to the user's data scope (ORG-5): an entry or review
 * outside it answers 404 as if it did not exist. Only the person's own account writes their log;
 * the offices read it (BUR-2: nothing here counts or ranks entries).
 */
@Service
@Transactional
@EnableConfigurationProperties(WorklogProperties.class)
public class WorklogService {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static final int MAX_TEXT = 4000;

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);

	private final LogEntryRepository entries;

	private final LogReviewRepository reviews;

	private final ActivePostings activePostings;

	private final Postings postings;

	private final OrganisationDirectory organisation;

	private final DataScopeProvider scopes;

	private final Documents documents;

	private final EditWindow window;

	private final Clock clock;

	WorklogService(LogEntryRepository entries, LogReviewRepository reviews, ActivePostings activePostings,
			Postings postings, OrganisationDirectory organisation, DataScopeProvider scopes, Documents documents,
			WorklogProperties properties, Clock clock) {
		this.entries = entries;
		this.reviews = reviews;
		this.activePostings = activePostings;
		this.postings = postings;
		this.organisation = organisation;
		this.scopes = scopes;
		this.documents = documents;
		this.window = new EditWindow(properties.editWindow());
		this.clock = clock;
	}

	// ---------------------------------------------------------------- writing (the cadre, LOG-1)

	/** LOG-1: a new entry of the caller's own log, or a correction (更正) of one of their entries. */
	public LogEntry write(EntryCommand command) {
		Actor actor = actor();
		ActivePosting posting = ownPosting(actor);
		LogKind kind = requireKind(command.kind());
		LocalDate date = checkDate(command.entryDate());
		String text = checkText(command.text());
		if (command.correctsId() != null) {
			LogEntry original = entries.findById(command.correctsId())
				.filter(e -> actor.scope().coversOwnPerson(e.getPersonId()))
				.orElseThrow(() -> new NotFoundException("worklog.error.notFound"));
			if (entries.existsByCorrectsId(original.getId())) {
				throw new ConflictException("worklog.error.alreadyCorrected");
			}
		}
		try {
			return entries.saveAndFlush(new LogEntry(posting, posting.villageName(), kind, date, text, command.correctsId(),
					actor.accountId(), actor.name(), now()));
		}
		catch (DataIntegrityViolationException ex) {
			// two corrections of one entry at once: the unique corrects_id lets one through
			throw new ConflictException("worklog.error.alreadyCorrected");
		}
	}

	/** LOG-1: a new entry (or correction) together with its attachments, all or nothing. */
	public LogEntry write(EntryCommand command, List<Upload> files) {
		LogEntry entry = write(command);
		for (Upload file : files) {
			entry.attach(documents.store(file.fileName(), file.content()).id(), now());
		}
		return files.isEmpty() ? entry : entries.saveAndFlush(entry);
	}

	/** An uploaded file: its name as sent and its bytes. */
	public record Upload(String fileName, byte[] content) {
	}

	/** LOG-1: the author changes an entry while it is open; a locked entry is refused (write a correction). */
	public LogEntry edit(long id, EditCommand command) {
		Actor actor = actor();
		LogEntry entry = ownEntry(actor, id);
		requireOpen(entry);
		if (command.version() != null && !Objects.equals(command.version(), entry.getVersion())) {
			throw new ConflictException("worklog.error.stale");
		}
		entry.change(requireKind(command.kind()), checkDate(command.entryDate()), checkText(command.text()), now());
		return entries.saveAndFlush(entry);
	}

	/** An attachment (附件) added to one's own open entry; the document module checks the file. */
	public LogEntry attach(long id, String fileName, byte[] content) {
		Actor actor = actor();
		LogEntry entry = ownEntry(actor, id);
		requireOpen(entry);
		entry.attach(documents.store(fileName, content).id(), now());
		return entries.saveAndFlush(entry);
	}

	// ---------------------------------------------------------------- reading (ORG-5)

	@Transactional(readOnly = true)
	public LogEntry get(long id) {
		Actor actor = actor();
		return entries.findById(id).filter(e -> visible(actor, e)).orElseThrow(() -> new NotFoundException("worklog.error.notFound"));
	}

	/**
	 * The entries the caller may read, newest first: of one person when {@code personId} is given
	 * (404 when that person is outside the scope), else the caller's own log, or for an office every
	 * log in its scope.
	 */
	@Transactional(readOnly = true)
	public Page<LogEntry> entries(Long personId, Pageable page) {
		Actor actor = actor();
		Specification<LogEntry> spec = visibleEntries(actor);
		if (personId != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("personId"), personId));
		}
		return entries.findAll(spec, page);
	}

	/** The attachment of an entry the caller may read (404 for a document not attached to it). */
	@Transactional(readOnly = true)
	public StoredDocument attachment(long entryId, long documentId) {
		LogEntry entry = get(entryId);
		if (!entry.getDocumentIds().contains(documentId)) {
			throw new NotFoundException("worklog.error.notFound");
		}
		return documents.read(documentId).orElseThrow(() -> new NotFoundException("worklog.error.notFound"));
	}

	@Transactional(readOnly = true)
	public EntryView view(LogEntry entry) {
		Actor actor = actor();
		boolean own = actor.scope().coversOwnPerson(entry.getPersonId()) && actor.may("WORKLOG_WRITE");
		boolean open = window.isOpen(entry.getCreatedAt(), clock.instant());
		Long correctedBy = entries.findByCorrectsId(entry.getId()).map(LogEntry::getId).orElse(null);
		return new EntryView(entry.getId(), entry.getVersion(), entry.getPersonId(), entry.getPersonName(),
				entry.getVillageName(), entry.getKind(), entry.getEntryDate(), entry.getText(), entry.getAuthorName(),
				entry.getCreatedAt(), entry.getUpdatedAt(), window.locksAt(entry.getCreatedAt()), own && open,
				own && correctedBy == null, entry.getCorrectsId(), correctedBy, documents.describe(entry.getDocumentIds()));
	}

	/** The person whose log the caller keeps (a linked cadre with an active posting), if any. */
	@Transactional(readOnly = true)
	public Optional<ActivePosting> ownPosting() {
		Actor actor = actor();
		return actor.scope().personIds().stream().findFirst().flatMap(activePostings::of);
	}

	/** A person the caller may read the log of, by id (404 outside the scope): for the person's page. */
	@Transactional(readOnly = true)
	public PersonRow person(long personId) {
		Actor actor = actor();
		return people(actor).stream().filter(p -> p.personId() == personId).findFirst()
			.orElseThrow(() -> new NotFoundException("worklog.error.notFound"));
	}

	/** The people whose logs an office may read, by name (the people currently posted in its scope). */
	@Transactional(readOnly = true)
	public List<PersonRow> people() {
		return people(actor());
	}

	private List<PersonRow> people(Actor actor) {
		DataScope scope = actor.scope();
		List<PersonRow> rows = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		scope.personIds().forEach(id -> activePostings.of(id).ifPresent(p -> add(rows, seen, p)));
		if (!actor.may("WORKLOG_READ")) {
			return rows;
		}
		Set<Long> villages = organisation.villageIdsWithin(scope);
		if (!villages.isEmpty()) {
			activePostings.inVillages(villages).forEach(p -> add(rows, seen, p));
		}
		Set<Long> units = organisation.unitIdsWithin(scope);
		if (!units.isEmpty()) {
			LocalDate today = today();
			postings.ofUnits(units, today, today).forEach(p -> activePostings.of(p.personId()).ifPresent(a -> add(rows, seen, a)));
		}
		rows.sort(Comparator.comparing(PersonRow::personName).thenComparing(PersonRow::personId));
		return rows;
	}

	private static void add(List<PersonRow> rows, Set<Long> seen, ActivePosting p) {
		if (seen.add(p.personId())) {
			rows.add(new PersonRow(p.personId(), p.personName(), p.villageName(), p.townshipNodeId()));
		}
	}

	/** A person whose log may be read: id, name, village and township of the current posting. */
	public record PersonRow(long personId, String personName, String villageName, long townshipNodeId) {
	}

	// ---------------------------------------------------------------- reviewing (the township, LOG-2)

	/** LOG-2: the township records its findings on a person's log for a quarter (once per quarter). */
	public LogReview review(ReviewCommand command) {
		Actor actor = actor();
		if (command.personId() == null) {
			throw new InvalidInputException("personId", "worklog.error.personRequired");
		}
		ActivePosting posting = activePostings.of(command.personId())
			.filter(p -> isTownshipOf(actor, p.townshipNodeId(), p.villageNodeId()))
			.orElseThrow(() -> new NotFoundException("worklog.error.notFound"));
		if (command.year() == null || command.quarter() == null || command.quarter() < 1 || command.quarter() > 4) {
			throw new InvalidInputException("quarter", "worklog.error.quarter");
		}
		Quarter quarter = new Quarter(command.year(), command.quarter());
		if (!quarter.hasBegunBy(today()) || quarter.year() < today().getYear() - 5) {
			throw new InvalidInputException("quarter", "worklog.error.quarter");
		}
		String findings = command.findings() == null ? "" : command.findings().strip();
		if (findings.isEmpty() || findings.length() > MAX_TEXT) {
			throw new InvalidInputException("findings", "worklog.error.findings", MAX_TEXT);
		}
		if (reviews.existsByPersonIdAndReviewYearAndReviewQuarter(posting.personId(), quarter.year(), quarter.quarter())) {
			throw new ConflictException("worklog.error.reviewExists", quarter.year(), quarter.quarter());
		}
		try {
			return reviews.saveAndFlush(new LogReview(posting, quarter, findings, actor.name(), now()));
		}
		catch (DataIntegrityViolationException ex) {
			throw new ConflictException("worklog.error.reviewExists", quarter.year(), quarter.quarter());
		}
	}

	/** LOG-2: the township publishes its findings as a notice (通报) for the county and the dispatching unit. */
	public LogReview publish(long reviewId) {
		Actor actor = actor();
		LogReview review = reviews.findById(reviewId)
			.filter(r -> isTownshipOf(actor, r.getTownshipNodeId(), r.getVillageNodeId()))
			.orElseThrow(() -> new NotFoundException("worklog.error.notFound"));
		if (review.isPublished()) {
			throw new ConflictException("worklog.error.alreadyPublished");
		}
		review.publish(actor.name(), now());
		return reviews.saveAndFlush(review);
	}

	/**
	 * The reviews of a person the caller may see: all of them for the person's township, the
	 * published ones (通报) for the county organisation department, the dispatching unit and the person;
	 * 404 for a person outside the scope.
	 */
	@Transactional(readOnly = true)
	public List<ReviewView> reviews(long personId) {
		Actor actor = actor();
		if (people(actor).stream().noneMatch(p -> p.personId() == personId)) {
			throw new NotFoundException("worklog.error.notFound"); // ORG-5: a person outside the scope
		}
		return reviews.findByPersonIdOrderByReviewYearDescReviewQuarterDesc(personId).stream()
			.filter(r -> reviewVisible(actor, r))
			.map(r -> reviewView(actor, r))
			.toList();
	}

	@Transactional(readOnly = true)
	public ReviewView reviewView(LogReview review) {
		return reviewView(actor(), review);
	}

	private ReviewView reviewView(Actor actor, LogReview r) {
		return new ReviewView(r.getId(), r.getPersonId(), r.getPersonName(), r.getQuarter().year(), r.getQuarter().quarter(),
				r.getFindings(), r.getReviewedBy(), r.getReviewedAt(), r.isPublished(), r.getPublishedBy(), r.getPublishedAt(),
				!r.isPublished() && actor.may("WORKLOG_REVIEW") && isTownshipOf(actor, r.getTownshipNodeId(), r.getVillageNodeId()));
	}

	/** Whether the caller may record reviews of this person (the township of their posting). */
	@Transactional(readOnly = true)
	public boolean mayReview(long personId) {
		Actor actor = actor();
		return actor.may("WORKLOG_REVIEW") && activePostings.of(personId)
			.filter(p -> isTownshipOf(actor, p.townshipNodeId(), p.villageNodeId()))
			.isPresent();
	}

	/** The quarter a review made today is most likely about: the one just ended. */
	public Quarter defaultReviewQuarter() {
		return Quarter.of(today()).previous();
	}

	public EditWindow editWindow() {
		return window;
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(CHINA));
	}

	// ---------------------------------------------------------------- rules and scope

	private boolean visible(Actor actor, LogEntry e) {
		DataScope scope = actor.scope();
		return scope.isUnrestricted() || scope.coversOwnPerson(e.getPersonId())
				|| actor.may("WORKLOG_READ") && (organisation.villageIdsWithin(scope).contains(e.getVillageNodeId())
						|| organisation.unitIdsWithin(scope).contains(e.getUnitId()));
	}

	/** ORG-5: the caller's own log, and for readers the logs of the scope's villages and dispatching units. */
	private Specification<LogEntry> visibleEntries(Actor actor) {
		DataScope scope = actor.scope();
		if (scope.isUnrestricted()) {
			return (root, query, cb) -> cb.conjunction();
		}
		boolean reader = actor.may("WORKLOG_READ");
		Set<Long> villages = reader ? organisation.villageIdsWithin(scope) : Set.of();
		Set<Long> units = reader ? organisation.unitIdsWithin(scope) : Set.of();
		Set<Long> own = scope.personIds();
		return (root, query, cb) -> cb.or(villages.isEmpty() ? cb.disjunction() : root.get("villageNodeId").in(villages),
				units.isEmpty() ? cb.disjunction() : root.get("unitId").in(units),
				own.isEmpty() ? cb.disjunction() : root.get("personId").in(own));
	}

	private boolean reviewVisible(Actor actor, LogReview r) {
		if (isTownshipOf(actor, r.getTownshipNodeId(), r.getVillageNodeId())) {
			return true;
		}
		DataScope scope = actor.scope();
		return r.isPublished() && (scope.isUnrestricted() || scope.coversOwnPerson(r.getPersonId())
				|| actor.may("WORKLOG_READ") && (organisation.villageIdsWithin(scope).contains(r.getVillageNodeId())
						|| organisation.unitIdsWithin(scope).contains(r.getUnitId())));
	}

	private boolean isTownshipOf(Actor actor, long townshipNodeId, long villageNodeId) {
		return actor.isOffice(OfficeKind.TOWNSHIP_PARTY_COMMITTEE) && Objects.equals(actor.office().nodeId(), townshipNodeId)
				&& organisation.villageIdsWithin(actor.scope()).contains(villageNodeId);
	}

	private ActivePosting ownPosting(Actor actor) {
		return actor.scope().personIds().stream().findFirst().flatMap(activePostings::of)
			.orElseThrow(() -> new InvalidInputException("personId", "worklog.error.notPosted"));
	}

	/** One of the caller's own entries (404 for anyone else's: they are not in a cadre's scope). */
	private LogEntry ownEntry(Actor actor, long id) {
		return entries.findById(id).filter(e -> actor.scope().coversOwnPerson(e.getPersonId()))
			.orElseThrow(() -> new NotFoundException("worklog.error.notFound"));
	}

	private void requireOpen(LogEntry entry) {
		if (!window.isOpen(entry.getCreatedAt(), clock.instant())) {
			throw new ConflictException("worklog.error.locked", SHOWN.format(window.locksAt(entry.getCreatedAt())),
					window.hours());
		}
	}

	private static LogKind requireKind(LogKind kind) {
		if (kind == null) {
			throw new InvalidInputException("kind", "worklog.error.kind");
		}
		return kind;
	}

	private LocalDate checkDate(LocalDate date) {
		LocalDate today = today();
		if (date == null) {
			return today;
		}
		if (date.isAfter(today)) {
			throw new InvalidInputException("entryDate", "worklog.error.future");
		}
		return date;
	}

	private static String checkText(String text) {
		String t = text == null ? "" : text.strip();
		if (t.isEmpty()) {
			throw new InvalidInputException("text", "worklog.error.text");
		}
		if (t.length() > MAX_TEXT) {
			throw new InvalidInputException("text", "worklog.error.textTooLong", MAX_TEXT);
		}
		return t;
	}

	private Instant now() {
		return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
	}

	private Actor actor() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !(auth.getPrincipal() instanceof AccountIdentity identity)) {
			throw new NotFoundException("worklog.error.notFound");
		}
		OfficeSummary office = identity.officeId() == null ? null
				: organisation.office(identity.officeId()).filter(OfficeSummary::active).orElse(null);
		Set<String> authorities = new HashSet<>();
		auth.getAuthorities().forEach(a -> authorities.add(a.getAuthority()));
		return new Actor(identity.accountId(), CurrentActor.name(), office, scopes.currentScope(), authorities);
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
