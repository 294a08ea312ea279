package org.zhucun.evidence.record;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.zhucun.evidence.EvidenceState;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

	/**
	 * The records of a period within a scope (ORG-5): of its villages, of its units, of its own
	 * person, and the team records (not the people's) of the village a cadre is posted in.
	 */
	@Query("""
			select e from Evidence e where e.occurredOn between :from and :to and (e.villageNodeId in :villages
			 or e.unitId in :units or e.personId in :persons or (e.personId is null and e.villageNodeId in :teamVillages))
			 order by e.occurredOn desc, e.id desc""")
	List<Evidence> within(@Param("from") LocalDate from, @Param("to") LocalDate to,
			@Param("villages") Collection<Long> villages, @Param("units") Collection<Long> units,
			@Param("persons") Collection<Long> persons, @Param("teamVillages") Collection<Long> teamVillages);

	List<Evidence> findByVillageNodeIdAndPersonIdIsNullAndStateAndOccurredOnBetween(long villageNodeId,
			EvidenceState state, LocalDate from, LocalDate to);

	List<Evidence> findByPersonIdAndStateAndOccurredOnBetween(long personId, EvidenceState state, LocalDate from,
			LocalDate to);

	List<Evidence> findByPersonIdInAndStateAndOccurredOnBetweenOrderByOccurredOnAscIdAsc(Collection<Long> personIds,
			EvidenceState state, LocalDate from, LocalDate to);

	long countByStateAndVillageNodeIdIn(EvidenceState state, Collection<Long> villages);

}
