package org.zhucun.personnel.assignment;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.zhucun.personnel.ReplacementTrigger;

interface ReplacementRequestRepository extends JpaRepository<ReplacementRequest, Long> {

	boolean existsByAssignmentIdAndTriggerAndClosedAtIsNull(long assignmentId, ReplacementTrigger trigger);

	List<ReplacementRequest> findByAssignmentIdAndClosedAtIsNull(long assignmentId);

	List<ReplacementRequest> findByPersonIdOrderByOpenedAtDesc(long personId);

	List<ReplacementRequest> findByVillageNodeIdInAndClosedAtIsNullOrderByOpenedAt(Collection<Long> villages);

	List<ReplacementRequest> findByUnitIdInAndClosedAtIsNullOrderByOpenedAt(Collection<Long> units);

}
