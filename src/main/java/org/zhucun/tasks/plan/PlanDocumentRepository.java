package org.zhucun.tasks.plan;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanDocumentRepository extends JpaRepository<PlanDocument, Long> {

	List<PlanDocument> findByPlanIdOrderById(long planId);

}
