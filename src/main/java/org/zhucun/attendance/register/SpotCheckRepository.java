package org.zhucun.attendance.register;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SpotCheckRepository extends JpaRepository<SpotCheck, Long> {

	List<SpotCheck> findByTownshipNodeIdAndDayBetweenOrderByDayDesc(long townshipNodeId, LocalDate from, LocalDate to);

}
