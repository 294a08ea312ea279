package org.zhucun.personnel.roster;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.zhucun.organisation.UnitSummary;
import org.zhucun.organisation.VillageSummary;

/**
 * What the database holds that the rows of one roster file refer to, as far as the user may know
 * it (ORG-5): a village outside the user's scope is simply absent, so that it reads as unknown.
 *
 * @param units the dispatching units named in the file, in scope or not (any active unit may dispatch
 * to a village of the user's)
 * @param unitsInScope the ids of the units inside the user's scope
 * @param villages the villages named in the file that lie inside the user's scope, by code
 * @param villagesWithLeader the ids of those villages whose team already has an active leader
 * @param people the people already recorded under an ID number of the file, by ID number
 */
record StoredRoster(Map<String, UnitSummary> units, Set<Long> unitsInScope, Map<String, VillageSummary> villages,
		Set<Long> villagesWithLeader, Map<String, StoredPerson> people) {

	StoredRoster {
		units = Map.copyOf(units);
		unitsInScope = Set.copyOf(unitsInScope);
		villages = Map.copyOf(villages);
		villagesWithLeader = Set.copyOf(villagesWithLeader);
		people = Map.copyOf(people);
	}

	Optional<UnitSummary> unit(String code) {
		return Optional.ofNullable(units.get(code));
	}

	boolean unitInScope(UnitSummary unit) {
		return unitsInScope.contains(unit.id());
	}

	Optional<VillageSummary> village(String code) {
		return Optional.ofNullable(villages.get(code));
	}

	Optional<StoredPerson> person(String idNumber) {
		return Optional.ofNullable(people.get(idNumber));
	}

	/**
	 * A person already recorded with an ID number of the file.
	 *
	 * @param visible whether the user may see the record (ORG-5); only then is more said of it than
	 * that it exists
	 * @param activelyPosted whether the person holds an active posting
	 */
	record StoredPerson(long id, boolean visible, boolean activelyPosted) {
	}

}
