package org.zhucun.supervision.discipline;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface InspectionRepository extends JpaRepository<Inspection, Long> {

	List<Inspection> findByInspectedOnBetweenOrderByInspectedOnDesc(LocalDate from, LocalDate to);

}
