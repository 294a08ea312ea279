package org.zhucun.personnel.assignment;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.personnel.ActivePostings;
import org.zhucun.personnel.person.Person;
import org.zhucun.personnel.person.PersonRepository;

/** {@link ActivePostings} from the assignments: the township and county come from the village's path. */
@Component
@Transactional(readOnly = true)
class JpaActivePostings implements ActivePostings {

	private final AssignmentRepository assignments;

	private final PersonRepository people;

	private final OrganisationDirectory organisation;

	JpaActivePostings(AssignmentRepository assignments, PersonRepository people, OrganisationDirectory organisation) {
		this.assignments = assignments;
		this.people = people;
		this.organisation = organisation;
	}

	@Override
	public Optional<ActivePosting> of(long personId) {
		return assignments.findByPersonIdAndEndedOnIsNull(personId)
			.flatMap(a -> people.findById(personId).flatMap(p -> posting(a, p)));
	}

	@Override
	public List<ActivePosting> inVillages(Collection<Long> villageIds) {
		if (villageIds.isEmpty()) {
			return List.of();
		}
		List<Assignment> active = assignments.findByVillageNodeIdInAndEndedOnIsNull(villageIds);
		Map<Long, Person> byId = people.findAllById(active.stream().map(Assignment::getPersonId).toList()).stream()
			.collect(Collectors.toMap(Person::getId, Function.identity()));
		return active.stream()
			.flatMap(a -> Optional.ofNullable(byId.get(a.getPersonId())).flatMap(p -> posting(a, p)).stream())
			.sorted(Comparator.comparing(ActivePosting::personName).thenComparing(ActivePosting::personId))
			.toList();
	}

	private Optional<ActivePosting> posting(Assignment a, Person person) {
		return organisation.village(a.getVillageNodeId()).map(village -> {
			// ORG-1: region/city/county/township/village, so the path ends with county, township, village
			String[] ids = village.path().substring(1).split("/");
			return new ActivePosting(person.getId(), person.getName(), a.getId(), village.id(), village.name(),
					Long.parseLong(ids[ids.length - 2]), Long.parseLong(ids[ids.length - 3]), a.getUnitId());
		});
	}

}
