package org.zhucun.unitduty.record;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

	List<Meeting> findByUnitIdAndVillageNodeIdAndHeldOnBetweenOrderByHeldOn(long unitId, long villageNodeId, LocalDate from,
			LocalDate to);

}
