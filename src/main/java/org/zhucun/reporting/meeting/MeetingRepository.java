package org.zhucun.reporting.meeting;

import java.time.LocalDate;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.zhucun.reporting.rules.MeetingKind;

interface MeetingRepository extends JpaRepository<Meeting, Long>, JpaSpecificationExecutor<Meeting> {

	boolean existsByNodeIdAndKindAndHeldOnBetween(Long nodeId, MeetingKind kind, LocalDate from, LocalDate to);

}
