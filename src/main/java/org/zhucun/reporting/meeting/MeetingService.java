package org.zhucun.reporting.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.common.web.NotFoundException;
import org.zhucun.document.DocumentRef;
import org.zhucun.document.Documents;
import org.zhucun.document.StoredDocument;
import org.zhucun.organisation.NodeLevel;
import org.zhucun.organisation.OfficeKind;
import org.zhucun.organisation.OfficeSummary;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.organisation.PlaceSummary;
import org.zhucun.reporting.rules.MeetingKind;
import org.zhucun.reporting.support.ReportingActor;
import org.zhucun.reporting.support.ReportingActor.Actor;

/**
 * REP-4 (Art. 5): the township party committee records its monthly hearing of the first secretary,
 * a county organisation department its quarterly special meeting, a city organisation department
 * its yearly meeting; the last complete period without one is flagged. Meetings are read within the
 * data scope (ORG-5): a meeting whose place lies outside it answers 404.
 */
@Service
@Transactional
public class MeetingService {

	static final int MAX_MINUTES = 20000;

	private final MeetingRepository meetings;

	private final OrganisationDirectory organisation;

	private final ReportingActor actors;

	private final Clock clock;

	private final Documents documents;

	MeetingService(MeetingRepository meetings, OrganisationDirectory organisation, ReportingActor actors, Clock clock,
			Documents documents) {
		this.documents = documents;
		this.meetings = meetings;
		this.organisation = organisation;
		this.actors = actors;
		this.clock = clock;
	}

	public Meeting record(MeetingCommand command) {
		return record(command, null, null);
	}

	/** REP-4: records the office's meeting; the minutes are text, an uploaded document, or both. */
	public Meeting record(MeetingCommand command, String fileName, byte[] content) {
		Actor actor = actors.current();
		OfficeSummary office = actor.office();
		MeetingKind kind = kindOf(office).orElseThrow(() -> new InvalidInputException("heldOn", "meeting.error.notAHolder"));
		if (command.placeCode() != null && !command.placeCode().isBlank()) {
			PlaceSummary place = organisation.place(command.placeCode().strip())
				.filter(p -> actor.scope().coversPath(p.path()))
				.orElseThrow(() -> new NotFoundException("meeting.error.notFound"));
			if (place.id() != office.nodeId()) {
				throw new InvalidInputException("placeCode", "meeting.error.place");
			}
		}
		LocalDate today = ReportingActor.today(clock);
		if (command.heldOn() == null || command.heldOn().isAfter(today) || command.heldOn().getYear() < 2000) {
			throw new InvalidInputException("heldOn", "meeting.error.heldOn");
		}
		String participants = command.participants() == null ? "" : command.participants().strip();
		if (participants.isEmpty() || participants.length() > 2000) {
			throw new InvalidInputException("participants", "meeting.error.participants");
		}
		String minutes = command.minutes() == null ? "" : command.minutes().strip();
		boolean upload = content != null && content.length > 0;
		if ((minutes.isEmpty() && !upload) || minutes.length() > MAX_MINUTES) {
			throw new InvalidInputException("minutes", "meeting.error.minutes", MAX_MINUTES);
		}
		Long documentId = upload ? documents.store(fileName, content).id() : null;
		return meetings.saveAndFlush(new Meeting(kind, office, command.heldOn(), participants,
				minutes.isEmpty() ? null : minutes, documentId, actor.name(), clock.instant()));
	}

	@Transactional(readOnly = true)
	public Meeting get(long id) {
		Actor actor = actors.current();
		return meetings.findById(id).filter(m -> actor.scope().coversPath(m.getNodePath()))
			.orElseThrow(() -> new NotFoundException("meeting.error.notFound"));
	}

	/** The uploaded minutes of a meeting the user may see; 404 when there are none. */
	@Transactional(readOnly = true)
	public StoredDocument document(long id) {
		return Optional.ofNullable(get(id).getDocumentId()).flatMap(documents::read)
			.orElseThrow(() -> new NotFoundException("meeting.error.notFound"));
	}

	/** A meeting with the description of its uploaded minutes, for pages and the API. */
	@Transactional(readOnly = true)
	public MeetingView view(Meeting m) {
		DocumentRef document = m.getDocumentId() == null ? null
				: documents.describe(java.util.List.of(m.getDocumentId())).stream().findFirst().orElse(null);
		return new MeetingView(m.getId(), m.getKind(), m.getOfficeName(), m.getHeldOn(), m.getParticipants(),
				m.getMinutes(), document, m.getRecordedByName());
	}

	/** The meetings whose place lies in the user's scope, newest first. */
	@Transactional(readOnly = true)
	public Page<Meeting> search(MeetingKind kind, Pageable page) {
		Actor actor = actors.current();
		Specification<Meeting> spec = (root, query, cb) -> actor.scope().pathWithin(cb, root.get("nodePath"));
		if (kind != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("kind"), kind));
		}
		return meetings.findAll(spec, page);
	}

	/** REP-4: whether the user's office held its meeting in the last complete period; empty for offices that hold none. */
	@Transactional(readOnly = true)
	public Optional<MissingMeeting> lastPeriod() {
		Actor actor = actors.current();
		OfficeSummary office = actor.office();
		return kindOf(office).map(kind -> {
			LocalDate from = kind.lastPeriodStart(ReportingActor.today(clock));
			LocalDate to = kind.periodEnd(from);
			boolean held = meetings.existsByNodeIdAndKindAndHeldOnBetween(office.nodeId(), kind, from, to);
			return new MissingMeeting(kind, office.name(), from, to, !held);
		});
	}

	/** The meeting an office holds: a township party committee, or an organisation department of a county or city. */
	private Optional<MeetingKind> kindOf(OfficeSummary office) {
		if (office == null || office.nodeId() == null) {
			return Optional.empty();
		}
		if (office.kind() != OfficeKind.TOWNSHIP_PARTY_COMMITTEE && office.kind() != OfficeKind.ORGANISATION_DEPARTMENT) {
			return Optional.empty();
		}
		NodeLevel level = organisation.placesOnPath(office.nodeId()).stream().filter(p -> p.id() == office.nodeId())
			.map(PlaceSummary::level).findFirst().orElse(null);
		return Optional.ofNullable(level == null ? null : MeetingKind.heldAt(level));
	}

}
