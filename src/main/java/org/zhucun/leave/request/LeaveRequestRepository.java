package org.zhucun.leave.request;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.zhucun.leave.rules.LeaveState;

interface LeaveRequestRepository extends JpaRepository<LeaveRequest, Long>, JpaSpecificationExecutor<LeaveRequest> {

	/** The requests of these people in these states that touch the range {@code from..to}. */
	@Query("select r from LeaveRequest r where r.personId in :people and r.state in :states"
			+ " and r.startDate <= :to and r.endDate >= :from order by r.startDate")
	List<LeaveRequest> touching(@Param("people") Collection<Long> people, @Param("states") Collection<LeaveState> states,
			@Param("from") LocalDate from, @Param("to") LocalDate to);

	/**
	 * Serialises the requests of one person (their overlap check, SEC-8) for the rest of the
	 * transaction: a PostgreSQL advisory lock in the namespace of leave requests.
	 */
	@Query(value = "select count(*) from (select pg_advisory_xact_lock(1818, cast(mod(:personId, 2147483647) as integer))) l", nativeQuery = true)
	long lockPerson(@Param("personId") long personId);

}
