package org.zhucun.reporting.meeting;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.zhucun.common.ui.WorkbenchCard;
import org.zhucun.common.ui.WorkbenchContributor;
import org.zhucun.reporting.report.ReportService;

/** REP-4 on the workbench of a township, county or city: whether the last period had its meeting. */
@Component
class MeetingWorkbenchCard implements WorkbenchContributor {

	private final MeetingService meetings;

	MeetingWorkbenchCard(MeetingService meetings) {
		this.meetings = meetings;
	}

	@Override
	public List<WorkbenchCard> cards(Authentication user) {
		if (user.getAuthorities().stream().noneMatch(a -> a.getAuthority().equals("MEETING_WRITE"))) {
			return List.of();
		}
		return meetings.lastPeriod().map(last -> new WorkbenchCard(15, "workbench.card.meetingsMissing",
				last.missing() ? 1L : 0L,
				List.of(last.missing()
						? new WorkbenchCard.Line("workbench.card.meetingsMissing.line",
								ReportService.label(last.kind().messageKey()), last.from(), last.to())
						: new WorkbenchCard.Line("workbench.card.meetingsMissing.none",
								ReportService.label(last.kind().messageKey()))),
				last.missing() ? "/meetings/new" : "/meetings")).stream().toList();
	}

}
