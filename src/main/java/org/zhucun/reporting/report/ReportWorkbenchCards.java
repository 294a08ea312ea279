package org.zhucun.reporting.report;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.zhucun.common.ui.WorkbenchCard;
import org.zhucun.common.ui.WorkbenchContributor;

/**
 * REP-5 on the workbench: the late and missing reports of the person and of the people who report
 * to the user's office; the reports waiting for the office to mark them received (REP-1); the
 * person's team's work information this year against the minimum (REP-3).
 */
@Component
class ReportWorkbenchCards implements WorkbenchContributor {

	private static final int LINES = 5;

	private final ReportService reports;

	ReportWorkbenchCards(ReportService reports) {
		this.reports = reports;
	}

	@Override
	public List<WorkbenchCard> cards(Authentication user) {
		boolean writes = has(user, "REPORT_WRITE");
		boolean receives = has(user, "REPORT_RECEIVE");
		if (!writes && !receives) {
			return List.of();
		}
		List<WorkbenchCard> cards = new ArrayList<>();
		List<Overdue> overdue = reports.overdue();
		cards.add(new WorkbenchCard(12, "workbench.card.reportsOverdue", (long) overdue.size(),
				overdue.isEmpty() ? List.of(new WorkbenchCard.Line("workbench.card.reportsOverdue.none"))
						: lines(overdue, !writes),
				"/reports"));
		if (receives) {
			var waiting = reports.awaitingMyReceipt();
			cards.add(new WorkbenchCard(13, "workbench.card.reportsToReceive", (long) waiting.size(),
					waiting.stream().limit(LINES).map(r -> new WorkbenchCard.Line("workbench.card.reportsToReceive.line",
							r.getPersonName(), ReportService.label(r.getKind().messageKey()), r.getTitle(),
							r.getSubmittedOn())).toList(),
					"/reports?box=TO_RECEIVE"));
		}
		if (writes) {
			reports.myTeamWorkInfo().ifPresent(counts -> cards.add(new WorkbenchCard(14, "workbench.card.workInfo",
					(long) counts[0], List.of(new WorkbenchCard.Line("workbench.card.workInfo.line", counts[0], counts[1])),
					"/reports/new?kind=WORK_INFO")));
		}
		return cards;
	}

	/**
	 * The late reports one by one (they name a report), then the missing ones: one by one for the
	 * person, counted per kind and period for an office (a county may miss a hundred annual reports).
	 */
	static List<WorkbenchCard.Line> lines(List<Overdue> overdue, boolean grouped) {
		List<WorkbenchCard.Line> lines = new ArrayList<>();
		overdue.stream().filter(o -> o.state() == Overdue.State.LATE).limit(LINES).map(ReportWorkbenchCards::line)
			.forEach(lines::add);
		var rest = overdue.stream().filter(o -> o.state() != Overdue.State.LATE).toList();
		if (!grouped) {
			rest.stream().limit(LINES).map(ReportWorkbenchCards::line).forEach(lines::add);
			return lines;
		}
		var groups = new java.util.LinkedHashMap<String, List<Overdue>>();
		rest.forEach(o -> groups.computeIfAbsent(o.state() + "/" + o.kind() + "/" + o.year() + "/" + o.period(),
				k -> new ArrayList<>()).add(o));
		groups.values().stream().limit(LINES).forEach(g -> {
			Overdue o = g.get(0);
			lines.add(o.state() == Overdue.State.SHORT
					? new WorkbenchCard.Line("workbench.card.reportsOverdue.shortTeams", String.valueOf(o.year()), g.size(),
							o.minimum())
					: new WorkbenchCard.Line("workbench.card.reportsOverdue.missingPeople",
							ReportService.label(o.kind().messageKey()), String.valueOf(o.year()), o.period(), g.size(),
							o.dueDate()));
		});
		return lines;
	}

	static WorkbenchCard.Line line(Overdue o) {
		return switch (o.state()) {
			case LATE -> new WorkbenchCard.Line("workbench.card.reportsOverdue.late", o.personName(),
					ReportService.label(o.kind().messageKey()), String.valueOf(o.year()), o.period(), o.dueDate(),
					o.submittedOn());
			case MISSING -> new WorkbenchCard.Line("workbench.card.reportsOverdue.missing", o.personName(),
					ReportService.label(o.kind().messageKey()), String.valueOf(o.year()), o.period(), o.dueDate());
			case SHORT -> new WorkbenchCard.Line("workbench.card.reportsOverdue.short", o.personName(),
					String.valueOf(o.year()), o.count(), o.minimum());
		};
	}

	private static boolean has(Authentication user, String authority) {
		return user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(authority));
	}

}
