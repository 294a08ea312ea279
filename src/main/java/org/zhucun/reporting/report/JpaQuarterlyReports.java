package org.zhucun.reporting.report;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.reporting.QuarterlyReports;
import org.zhucun.reporting.rules.ReportKind;

/** {@link QuarterlyReports} from the submitted reports. */
@Component
@Transactional(readOnly = true)
class JpaQuarterlyReports implements QuarterlyReports {

	private final ReportRepository reports;

	JpaQuarterlyReports(ReportRepository reports) {
		this.reports = reports;
	}

	@Override
	public Optional<QuarterlyReport> of(long personId, int year, int quarter) {
		return reports.findFirstByPersonIdAndKindAndPeriodYearAndPeriodNo(personId, ReportKind.QUARTERLY, year, quarter)
			.map(r -> new QuarterlyReport(r.getTitle(), r.getBody(), r.getSubmittedOn()));
	}

}
