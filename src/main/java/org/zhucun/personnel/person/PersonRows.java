package org.zhucun.personnel.person;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.organisation.UnitSummary;
import org.zhucun.organisation.VillageSummary;
import org.zhucun.personnel.assignment.Assignment;
import org.zhucun.personnel.assignment.AssignmentRepository;

/**
 * Builds the lines of a list of people with their unit and posting, with one query for all the
 * postings of the page rather than one per person.
 */
@Component
class PersonRows {

	private final AssignmentRepository assignments;

	private final OrganisationDirectory organisation;

	PersonRows(AssignmentRepository assignments, OrganisationDirectory organisation) {
		this.assignments = assignments;
		this.organisation = organisation;
	}

	@Transactional(readOnly = true)
	List<PersonRow> of(List<Person> people) {
		if (people.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Assignment>> postings = assignments
			.findByPersonIdInOrderByStartDateDesc(people.stream().map(Person::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(Assignment::getPersonId));
		Map<Long, String> units = new HashMap<>();
		Map<Long, String> villages = new HashMap<>();
		return people.stream().map(p -> {
			String unit = units.computeIfAbsent(p.getUnitId(),
					id -> organisation.unit(id).map(UnitSummary::name).orElse(""));
			Optional<Assignment> current = postings.getOrDefault(p.getId(), List.of()).stream()
				.min(Comparator.comparing((Assignment a) -> a.getEndedOn() != null)
					.thenComparing(Assignment::getStartDate, Comparator.reverseOrder()));
			if (current.isEmpty()) {
				return new PersonRow(p, unit, PostingStatus.NONE, null, null, false, null, null, null);
			}
			Assignment a = current.get();
			String village = villages.computeIfAbsent(a.getVillageNodeId(),
					id -> organisation.village(id).map(VillageSummary::name).orElse(""));
			return new PersonRow(p, unit, a.getEndedOn() == null ? PostingStatus.ACTIVE : PostingStatus.ENDED, village,
					a.getRole(), a.isLeadsTeam(), a.getStartDate(), a.getPlannedEndDate(), a.getEndedOn());
		}).toList();
	}

}
