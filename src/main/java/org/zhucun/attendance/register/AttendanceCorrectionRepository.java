package org.zhucun.attendance.register;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AttendanceCorrectionRepository extends JpaRepository<AttendanceCorrection, Long> {

	List<AttendanceCorrection> findByTownshipNodeIdAndDayBetweenOrderByCorrectedAtDesc(long townshipNodeId,
			LocalDate from, LocalDate to);

}
