package org.zhucun.attendance.register;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ConfirmedMonthRepository extends JpaRepository<ConfirmedMonth, Long> {

	Optional<ConfirmedMonth> findByTownshipNodeIdAndMonthStart(long townshipNodeId, LocalDate monthStart);

	@Query("select m.townshipNodeId from ConfirmedMonth m where m.townshipNodeId in :townships and m.monthStart = :month")
	List<Long> townshipsConfirmed(@Param("townships") Collection<Long> townships, @Param("month") LocalDate month);

}
