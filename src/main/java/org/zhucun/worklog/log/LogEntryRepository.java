package org.zhucun.worklog.log;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface LogEntryRepository extends JpaRepository<LogEntry, Long>, JpaSpecificationExecutor<LogEntry> {

	Optional<LogEntry> findByCorrectsId(long correctsId);

	boolean existsByCorrectsId(long correctsId);

	@Query("select e from LogEntry e where e.posted.personId = ?1 and e.entryDate between ?2 and ?3 order by e.entryDate, e.id")
	List<LogEntry> ofPersonBetween(long personId, LocalDate from, LocalDate to);

}
