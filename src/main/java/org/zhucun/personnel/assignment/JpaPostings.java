package org.zhucun.personnel.assignment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.personnel.PostingPeriod;
import org.zhucun.personnel.Postings;

/** The postings over a period, read in one query with the people's names. */
@Component
@Transactional(readOnly = true)
class JpaPostings implements Postings {

	private static final String SELECT = "select new org.zhucun.personnel.PostingPeriod(a.id, a.personId, p.name, "
			+ "a.villageNodeId, a.teamId, a.unitId, a.role, a.startDate, a.endedOn) "
			+ "from Assignment a, org.zhucun.personnel.person.Person p where p.id = a.personId "
			+ "and a.startDate <= :to and (a.endedOn is null or a.endedOn >= :from) ";

	private static final int CHUNK = 5000;

	private final EntityManager entities;

	JpaPostings(EntityManager entities) {
		this.entities = entities;
	}

	@Override
	public List<PostingPeriod> postedIn(Collection<Long> villageIds, LocalDate from, LocalDate to) {
		if (villageIds.isEmpty()) {
			return List.of();
		}
		return entities
			.createQuery(SELECT + "and a.villageNodeId in :villages order by p.name, a.startDate", PostingPeriod.class)
			.setParameter("villages", villageIds)
			.setParameter("from", from)
			.setParameter("to", to)
			.getResultList();
	}

	@Override
	public List<PostingPeriod> ofUnits(Collection<Long> unitIds, LocalDate from, LocalDate to) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return entities.createQuery(SELECT + "and a.unitId in :units order by p.name, a.startDate", PostingPeriod.class)
			.setParameter("units", unitIds)
			.setParameter("from", from)
			.setParameter("to", to)
			.getResultList();
	}

	@Override
	public List<PostingPeriod> ofPerson(long personId, LocalDate from, LocalDate to) {
		return entities.createQuery(SELECT + "and a.personId = :person order by a.startDate", PostingPeriod.class)
			.setParameter("person", personId)
			.setParameter("from", from)
			.setParameter("to", to)
			.getResultList();
	}

	@Override
	public List<PostingPeriod> ofPeople(Collection<Long> personIds, LocalDate from, LocalDate to) {
		List<Long> ids = List.copyOf(new java.util.LinkedHashSet<>(personIds));
		List<PostingPeriod> result = new java.util.ArrayList<>();
		for (int start = 0; start < ids.size(); start += CHUNK) {
			result.addAll(entities
				.createQuery(SELECT + "and a.personId in :people order by a.personId, a.startDate", PostingPeriod.class)
				.setParameter("people", ids.subList(start, Math.min(ids.size(), start + CHUNK)))
				.setParameter("from", from)
				.setParameter("to", to)
				.getResultList());
		}
		return result;
	}

}
