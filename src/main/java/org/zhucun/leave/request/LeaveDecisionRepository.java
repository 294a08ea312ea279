package org.zhucun.leave.request;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LeaveDecisionRepository extends JpaRepository<LeaveDecision, Long> {

	List<LeaveDecision> findByRequestIdOrderByDecidedAtAscIdAsc(Long requestId);

	List<LeaveDecision> findByRequestIdIn(Collection<Long> requestIds);

}
