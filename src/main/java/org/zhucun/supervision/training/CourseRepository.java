package org.zhucun.supervision.training;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CourseRepository extends JpaRepository<Course, Long> {

	List<Course> findByStartDateBetweenOrderByStartDateDesc(LocalDate from, LocalDate to);

}
