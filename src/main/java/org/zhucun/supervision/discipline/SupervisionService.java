package org.zhucun.supervision.discipline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.common.query.IdChunks;
import org.zhucun.common.security.CurrentActor;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.common.web.NotFoundException;
import org.zhucun.organisation.PlaceSummary;
import org.zhucun.personnel.ActivePostings.ActivePosting;
import org.zhucun.supervision.DisciplineKind;
import org.zhucun.supervision.DisciplineRecords;
import org.zhucun.supervision.Severity;
import org.zhucun.supervision.people.PeopleInScope;
import org.zhucun.supervision.people.PeopleInScope.Viewer;
import org.zhucun.supervision.people.Texts;

/**
 * Supervision and discipline (SUP-1, SUP-2). The organisation department of the region, a city or a
 * county records its inspections, with the villages visited and a finding per person, and the
 * criticism notices, discipline violations and inaction findings about people within its scope; an
 * entry by that office is its verification. An inspection is visible to its organiser and to the
 * offices of the villages it visited; a record about a person to the offices of that person's village
 * and unit and to the person (ORG-5).
 */
@Service
@Transactional(readOnly = true)
public class SupervisionService implements DisciplineRecords {

	private static final int TEXT_MAX = 500;

	private static final int NAME_MAX = 120;

	private final InspectionRepository inspections;

	private final InspectionFindingRepository findings;

	private final DisciplineRecordRepository records;

	private final PeopleInScope people;

	private final Clock clock;

	SupervisionService(InspectionRepository inspections, InspectionFindingRepository findings,
			DisciplineRecordRepository records, PeopleInScope people, Clock clock) {
		this.inspections = inspections;
		this.findings = findings;
		this.records = records;
		this.people = people;
		this.clock = clock;
	}

	public List<Inspection> inspections(int year) {
		Viewer viewer = people.viewer();
		return inspections.findByInspectedOnBetweenOrderByInspectedOnDesc(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.stream()
			.filter(i -> sees(viewer, i))
			.toList();
	}

	public InspectionView inspection(long id) {
		Viewer viewer = people.viewer();
		Inspection inspection = inspections.findById(id).filter(i -> sees(viewer, i))
			.orElseThrow(() -> new NotFoundException("sup.error.notFound"));
		boolean organiser = people.organisedWithin(viewer, inspection.getOrganiserNodeId());
		return new InspectionView(inspection, people.placeName(inspection.getOrganiserNodeId()),
				inspection.getVillages().stream().map(people::villageName).sorted().toList(),
				findings.findByInspectionIdOrderById(id)
					.stream()
					.filter(f -> organiser || viewer.sees(f.getPersonId(), f.getVillageNodeId(), f.getUnitId()))
					.toList(),
				organiser);
	}

	@Transactional
	public Inspection createInspection(InspectionCommand command) {
		PlaceSummary organiser = people.organiser(command.organiserCode());
		LocalDate on = date(command.inspectedOn(), "inspectedOn");
		String team = Texts.required("team", command.team(), NAME_MAX);
		Set<Long> villages = new LinkedHashSet<>();
		for (String code : command.villageCodes() == null ? List.<String>of() : command.villageCodes()) {
			if (code != null && !code.isBlank()) {
				villages.add(people.village(code));
			}
		}
		if (villages.isEmpty()) {
			throw new InvalidInputException("villageCodes", "sup.error.noVillages");
		}
		String summary = command.summary() == null || command.summary().isBlank() ? null
				: Texts.required("summary", command.summary(), TEXT_MAX);
		return inspections.save(new Inspection(PeopleInScope.levelOf(organiser), organiser.id(), on, team, summary, villages,
				CurrentActor.name()));
	}

	@Transactional
	public InspectionFinding addFinding(long inspectionId, FindingCommand command) {
		Viewer viewer = people.viewer();
		Inspection inspection = inspections.findById(inspectionId)
			.filter(i -> people.organisedWithin(viewer, i.getOrganiserNodeId()))
			.orElseThrow(() -> new NotFoundException("sup.error.notFound"));
		ActivePosting posting = people.posting(command.personId(), "personId");
		String text = Texts.required("finding", command.finding(), TEXT_MAX);
		return findings.save(new InspectionFinding(inspection.getId(), posting.personId(), posting.personName(),
				posting.villageNodeId(), posting.unitId(), text, CurrentActor.name()));
	}

	/** The criticism notices, violations and inaction findings of a year about people the user may see. */
	public List<DisciplineRecord> records(int year) {
		Viewer viewer = people.viewer();
		return records.findByIssuedOnBetweenOrderByIssuedOnDesc(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.stream()
			.filter(r -> viewer.sees(r.getPersonId(), r.getVillageNodeId(), r.getUnitId()))
			.toList();
	}

	@Transactional
	public DisciplineRecord createRecord(RecordCommand command) {
		if (command.kind() == null) {
			throw new InvalidInputException("kind", "sup.error.required");
		}
		Severity severity = command.severity();
		if (command.kind() == DisciplineKind.DISCIPLINE_VIOLATION && severity == null) {
			throw new InvalidInputException("severity", "sup.error.severity");
		}
		if (command.kind() != DisciplineKind.DISCIPLINE_VIOLATION) {
			severity = null;
		}
		PlaceSummary organiser = people.organiser(command.organiserCode());
		ActivePosting posting = people.posting(command.personId(), "personId");
		LocalDate on = date(command.issuedOn(), "issuedOn");
		return records.save(new DisciplineRecord(command.kind(), severity, PeopleInScope.levelOf(organiser), organiser.id(),
				posting.personId(), posting.personName(), posting.villageNodeId(), posting.unitId(), on,
				Texts.required("issuingBody", command.issuingBody(), 100), Texts.required("summary", command.summary(), TEXT_MAX),
				CurrentActor.name(), Instant.now(clock)));
	}

	/** A person's summary for a year, for a user who may see the person (404 otherwise). */
	public DisciplineSummary summary(long personId, int year) {
		if (!people.seesPerson(personId)) {
			throw new NotFoundException("sup.error.notFound");
		}
		return ofPerson(personId, year);
	}

	@Override
	public DisciplineSummary ofPerson(long personId, int year) {
		return summary(records.findByPersonIdAndIssuedOnBetween(personId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
	}

	@Override
	public Map<Long, DisciplineSummary> ofPeople(Collection<Long> personIds, int year) {
		Map<Long, List<DisciplineRecord>> byPerson = new HashMap<>();
		IdChunks.read(personIds, chunk -> records.findByPersonIdInAndIssuedOnBetween(chunk, LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31)))
			.forEach(r -> byPerson.computeIfAbsent(r.getPersonId(), k -> new ArrayList<>()).add(r));
		Map<Long, DisciplineSummary> result = new HashMap<>();
		personIds.forEach(id -> result.put(id, summary(byPerson.getOrDefault(id, List.of()))));
		return result;
	}

	private static DisciplineSummary summary(List<DisciplineRecord> list) {
		int notices = (int) list.stream().filter(r -> r.getKind() == DisciplineKind.CRITICISM_NOTICE).count();
		boolean lax = list.stream().anyMatch(r -> r.getSeverity() == Severity.LAX_DISCIPLINE);
		boolean serious = list.stream().anyMatch(r -> r.getSeverity() == Severity.DERELICTION_OR_SERIOUS);
		boolean inaction = list.stream().anyMatch(r -> r.getKind() == DisciplineKind.INACTION);
		return new DisciplineSummary(notices, lax, serious, inaction);
	}

	private boolean sees(Viewer viewer, Inspection inspection) {
		return people.organisedWithin(viewer, inspection.getOrganiserNodeId())
				|| inspection.getVillages().stream().anyMatch(viewer.villages()::contains)
				|| findings.findByInspectionIdOrderById(inspection.getId())
					.stream()
					.anyMatch(f -> viewer.sees(f.getPersonId(), f.getVillageNodeId(), f.getUnitId()));
	}

	private static LocalDate date(LocalDate value, String field) {
		if (value == null) {
			throw new InvalidInputException(field, "sup.error.required");
		}
		return value;
	}

}
