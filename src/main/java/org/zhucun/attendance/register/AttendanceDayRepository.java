package org.zhucun.attendance.register;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AttendanceDayRepository extends JpaRepository<AttendanceDay, Long> {

	List<AttendanceDay> findByPersonIdInAndDayBetween(Collection<Long> personIds, LocalDate from, LocalDate to);

	Optional<AttendanceDay> findByPersonIdAndDay(long personId, LocalDate day);

}
