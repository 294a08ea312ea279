package org.zhucun.unitduty.record;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LeaderVisitRepository extends JpaRepository<LeaderVisit, Long> {

	List<LeaderVisit> findByUnitIdAndVillageNodeIdAndVisitedOnBetweenOrderByVisitedOn(long unitId, long villageNodeId, LocalDate from,
			LocalDate to);

}
