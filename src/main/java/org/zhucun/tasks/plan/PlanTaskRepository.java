package org.zhucun.tasks.plan;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanTaskRepository extends JpaRepository<PlanTask, Long> {

	List<PlanTask> findByPlanIdOrderByDutyAscIdAsc(long planId);

	List<PlanTask> findByPlanIdInOrderByPlanIdAscDutyAscIdAsc(Collection<Long> planIds);

}
