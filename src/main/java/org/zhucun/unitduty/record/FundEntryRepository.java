package org.zhucun.unitduty.record;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FundEntryRepository extends JpaRepository<FundEntry, Long> {

	List<FundEntry> findByUnitIdAndVillageNodeIdAndEntryDateBetweenOrderByEntryDate(long unitId, long villageNodeId, LocalDate from,
			LocalDate to);

}
