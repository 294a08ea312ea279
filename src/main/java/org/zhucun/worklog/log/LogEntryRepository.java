package org.zhucun.worklog.log;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface LogEntryRepository extends JpaRepository<LogEntry, Long>, JpaSpecificationExecutor<LogEntry> {

	Optional<LogEntry> findByCorrectsId(long correctsId);

	boolean existsByCorrectsId(long correctsId);

}
