package org.zhucun.reporting.report;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportRecipientRepository extends JpaRepository<ReportRecipient, Long> {

	List<ReportRecipient> findByReportIdOrderByIdAsc(Long reportId);

	List<ReportRecipient> findByReportIdIn(Collection<Long> reportIds);

	@org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
	java.util.Optional<ReportRecipient> findByReportIdAndOfficeId(Long reportId, Long officeId);

}
