package org.zhucun.calendar.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SpecialDayRepository extends JpaRepository<SpecialDay, Long> {

	List<SpecialDay> findByDayBetweenOrderByDay(LocalDate from, LocalDate to);

	Optional<SpecialDay> findByDay(LocalDate day);

}
