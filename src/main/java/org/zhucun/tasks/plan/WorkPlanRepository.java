package org.zhucun.tasks.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface WorkPlanRepository extends JpaRepository<WorkPlan, Long> {

	List<WorkPlan> findByYearOrderByKindAscVillageNodeIdAscPersonNameAsc(int year);

	Optional<WorkPlan> findByKindAndPersonIdAndYear(PlanKind kind, Long personId, int year);

	List<WorkPlan> findByKindAndYearAndPersonIdIn(PlanKind kind, int year, java.util.Collection<Long> personIds);

	Optional<WorkPlan> findByKindAndVillageNodeIdAndYear(PlanKind kind, long villageNodeId, int year);

}
