package org.zhucun.attendance.register;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PresenceRegistrationRepository extends JpaRepository<PresenceRegistration, Long> {

	List<PresenceRegistration> findByPersonIdInAndOnDateLessThanEqualOrderByOnDate(Collection<Long> personIds,
			LocalDate to);

	List<PresenceRegistration> findByPersonIdOrderByOnDateDesc(long personId);

	@Modifying
	@Query("update PresenceRegistration r set r.confirmedBy = :by, r.confirmedAt = :at where r.townshipNodeId = :township "
			+ "and r.onDate between :from and :to and r.confirmedBy is null")
	int confirmAll(@Param("township") long township, @Param("from") LocalDate from, @Param("to") LocalDate to,
			@Param("by") String by, @Param("at") java.time.Instant at);

}
