package org.zhucun.personnel.roster;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.zhucun.common.scope.DataScope;
import org.zhucun.common.scope.DataScopeProvider;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.organisation.VillageSummary;
import org.zhucun.personnel.ChineseIdNumber;
import org.zhucun.personnel.person.RosterPersonWriter;
import org.zhucun.personnel.roster.StoredRoster.StoredPerson;

/**
 * Loads the {@link StoredRoster} of a file with a handful of set queries, whatever the number of rows
 * (PER-5 wants 500 rows in a few seconds): the units and villages by their codes, the user's scope,
 * the people already recorded under the file's ID numbers (by the keyed digest, SEC-5) and the teams
 * that already have a leader.
 */
@Component
class StoredRosterLoader {

	private final OrganisationDirectory organisation;

	private final DataScopeProvider scopes;

	private final RosterPersonWriter people;

	private final EntityManager entityManager;

	StoredRosterLoader(OrganisationDirectory organisation, DataScopeProvider scopes, RosterPersonWriter people,
			EntityManager entityManager) {
		this.organisation = organisation;
		this.scopes = scopes;
		this.people = people;
		this.entityManager = entityManager;
	}

	StoredRoster load(List<RosterRow> rows) {
		DataScope scope = scopes.currentScope();
		Set<Long> unitsInScope = organisation.unitIdsWithin(scope);
		Set<Long> villagesInScope = organisation.villageIdsWithin(scope);
		Map<String, VillageSummary> villages = organisation.villagesByCode(codes(rows, RosterColumn.VILLAGE_CODE))
			.entrySet().stream()
			.filter(e -> villagesInScope.contains(e.getValue().id()))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return new StoredRoster(organisation.unitsByCode(codes(rows, RosterColumn.UNIT_CODE)), unitsInScope, villages,
				villagesWithLeader(villages.values().stream().map(VillageSummary::id).toList()),
				people(rows, scope, unitsInScope, villagesInScope));
	}

	private static Set<String> codes(List<RosterRow> rows, RosterColumn column) {
		return rows.stream().map(r -> r.cell(column)).filter(c -> !c.isEmpty()).collect(Collectors.toSet());
	}

	private Set<Long> villagesWithLeader(Collection<Long> villages) {
		if (villages.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(entityManager.createQuery("select distinct a.villageNodeId from Assignment a "
				+ "where a.endedOn is null and a.leadsTeam = true and a.villageNodeId in :villages", Long.class)
			.setParameter("villages", villages)
			.getResultList());
	}

	/** The people recorded under the file's well-formed ID numbers, found by digest, by ID number. */
	private Map<String, StoredPerson> people(List<RosterRow> rows, DataScope scope, Set<Long> unitsInScope,
			Set<Long> villagesInScope) {
		Map<String, String> idOfDigest = new HashMap<>();
		rows.forEach(r -> ChineseIdNumber.parse(r.cell(RosterColumn.ID_NUMBER))
			.ifPresent(id -> idOfDigest.put(people.digestOf(id), id.value())));
		if (idOfDigest.isEmpty()) {
			return Map.of();
		}
		List<Object[]> found = entityManager.createQuery(
				"select p.id, p.idNumberDigest, p.unitId from Person p where p.idNumberDigest in :digests", Object[].class)
			.setParameter("digests", idOfDigest.keySet())
			.getResultList();
		if (found.isEmpty()) {
			return Map.of();
		}
		Map<Long, Set<Long>> postedTo = new HashMap<>();
		Set<Long> active = new HashSet<>();
		entityManager.createQuery("select a.personId, a.villageNodeId, a.endedOn from Assignment a "
				+ "where a.personId in :people", Object[].class)
			.setParameter("people", found.stream().map(f -> (Long) f[0]).toList())
			.getResultList()
			.forEach(a -> {
				postedTo.computeIfAbsent((Long) a[0], p -> new HashSet<>()).add((Long) a[1]);
				if (a[2] == null) {
					active.add((Long) a[0]);
				}
			});
		Map<String, StoredPerson> byIdNumber = new HashMap<>();
		for (Object[] f : found) {
			long id = (Long) f[0];
			// ORG-5 for people, as PersonService sees them: by unit, by the villages posted to, or one's own
			boolean visible = unitsInScope.contains((Long) f[2]) || scope.personIds().contains(id)
					|| postedTo.getOrDefault(id, Set.of()).stream().anyMatch(villagesInScope::contains);
			byIdNumber.put(idOfDigest.get((String) f[1]), new StoredPerson(id, visible, active.contains(id)));
		}
		return byIdNumber;
	}

}
