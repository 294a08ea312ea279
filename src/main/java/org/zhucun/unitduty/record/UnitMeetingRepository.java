package org.zhucun.unitduty.record;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnitMeetingRepository extends JpaRepository<UnitMeeting, Long> {

	List<UnitMeeting> findByUnitIdAndVillageNodeIdAndHeldOnBetweenOrderByHeldOn(long unitId, long villageNodeId, LocalDate from,
			LocalDate to);

}
