package org.zhucun.unitduty.record;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SubsidyRepository extends JpaRepository<Subsidy, Long> {

	List<Subsidy> findByUnitIdAndVillageNodeIdAndPaidOnBetweenOrderByPaidOn(long unitId, long villageNodeId, LocalDate from,
			LocalDate to);

}
