package org.zhucun.attendance.checkin;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CheckinRepository extends JpaRepository<Checkin, Long> {

	Optional<Checkin> findByPersonIdAndIdempotencyKey(long personId, String idempotencyKey);

	List<Checkin> findTop10ByPersonIdOrderByServerTimeDesc(long personId);

	List<Checkin> findByPersonIdInAndDayBetweenAndAcceptedTrue(Collection<Long> personIds, LocalDate from, LocalDate to);

}
