package org.zhucun.calendar.schedule;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LocalHolidayRepository extends JpaRepository<LocalHoliday, Long> {

	List<LocalHoliday> findByCountyNodeIdInAndDayBetweenOrderByDay(Collection<Long> counties, LocalDate from, LocalDate to);

	boolean existsByCountyNodeIdAndDay(Long countyNodeId, LocalDate day);

}
