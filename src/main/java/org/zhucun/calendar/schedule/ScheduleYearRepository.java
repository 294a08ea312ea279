package org.zhucun.calendar.schedule;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ScheduleYearRepository extends JpaRepository<ScheduleYear, Integer> {

	List<ScheduleYear> findAllByOrderByYearAsc();

}
