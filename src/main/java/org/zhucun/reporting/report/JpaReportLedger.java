package org.zhucun.reporting.report;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.reporting.ReportLedger;
import org.zhucun.reporting.rules.ReportKind;

/** The team's reports of a year read from the reporting module's own records. */
@Component
@Transactional(readOnly = true)
class JpaReportLedger implements ReportLedger {

	private final ReportRepository reports;

	JpaReportLedger(ReportRepository reports) {
		this.reports = reports;
	}

	@Override
	public TeamReports ofTeam(long villageNodeId, int year) {
		return new TeamReports(villageNodeId, year, sent(ReportKind.WORK_INFO, villageNodeId, year),
				first(sent(ReportKind.SEMI_ANNUAL, villageNodeId, year)), first(sent(ReportKind.ANNUAL, villageNodeId, year)));
	}

	private List<Sent> sent(ReportKind kind, long villageNodeId, int year) {
		return reports.findByKindAndVillageNodeIdInAndPeriodYear(kind, List.of(villageNodeId), year)
			.stream()
			.sorted(Comparator.comparing(Report::getSubmittedOn).thenComparing(Report::getId))
			.map(r -> new Sent(r.getId(), r.getTitle(), r.getPersonName(), r.getDueDate(), r.getSubmittedOn()))
			.toList();
	}

	private static Sent first(List<Sent> sent) {
		return sent.isEmpty() ? null : sent.get(0);
	}

}
