package org.zhucun.supervision.discipline;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DisciplineRecordRepository extends JpaRepository<DisciplineRecord, Long> {

	List<DisciplineRecord> findByIssuedOnBetweenOrderByIssuedOnDesc(LocalDate from, LocalDate to);

	List<DisciplineRecord> findByPersonIdAndIssuedOnBetween(long personId, LocalDate from, LocalDate to);

	List<DisciplineRecord> findByPersonIdInAndIssuedOnBetween(java.util.Collection<Long> personIds, LocalDate from,
			LocalDate to);

}
