package org.zhucun.personnel.assignment;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AssignmentRepository extends JpaRepository<Assignment, Long> {

	List<Assignment> findByPersonIdOrderByStartDateDesc(Long personId);

	List<Assignment> findByPersonIdInOrderByStartDateDesc(Collection<Long> personIds);

	boolean existsByPersonIdAndEndedOnIsNull(Long personId);

	java.util.Optional<Assignment> findByPersonIdAndEndedOnIsNull(Long personId);

	boolean existsByTeamIdAndEndedOnIsNullAndLeadsTeamTrue(Long teamId);

	List<Assignment> findByVillageNodeIdInAndEndedOnIsNull(Collection<Long> villages);

	List<Assignment> findByVillageNodeIdOrderByStartDateDesc(Long village);

	List<Assignment> findByVillageNodeIdInAndReplacementNeededTrueAndSuccessorAssignmentIdIsNull(Collection<Long> villages);

	List<Assignment> findByUnitIdInAndReplacementNeededTrueAndSuccessorAssignmentIdIsNull(Collection<Long> units);

	@org.springframework.data.jpa.repository.Query("select distinct a.personId from Assignment a where a.villageNodeId in :villages")
	java.util.Set<Long> personIdsPostedTo(@org.springframework.data.repository.query.Param("villages") Collection<Long> villages);

}
