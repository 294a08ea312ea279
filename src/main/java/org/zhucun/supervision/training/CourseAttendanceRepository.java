package org.zhucun.supervision.training;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CourseAttendanceRepository extends JpaRepository<CourseAttendance, Long> {

	List<CourseAttendance> findByCourseIdOrderByPersonName(long courseId);

	List<CourseAttendance> findByPersonId(long personId);

	boolean existsByCourseIdAndPersonId(long courseId, long personId);

}
