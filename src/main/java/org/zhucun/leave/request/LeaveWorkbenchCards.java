package org.zhucun.leave.request;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.zhucun.common.ui.WorkbenchCard;
import org.zhucun.common.ui.WorkbenchContributor;

/**
 * LEA-1/2 on the workbench: the requests waiting for the approver's office, and the applicant's own
 * open requests (pending, or approved and not yet closed by the return).
 */
@Component
class LeaveWorkbenchCards implements WorkbenchContributor {

	private static final int LINES = 5;

	private final LeaveService leave;

	LeaveWorkbenchCards(LeaveService leave) {
		this.leave = leave;
	}

	@Override
	public List<WorkbenchCard> cards(Authentication user) {
		List<WorkbenchCard> cards = new ArrayList<>();
		if (has(user, "LEAVE_APPROVE")) {
			var waiting = leave.awaitingMyDecision();
			cards.add(new WorkbenchCard(10, "workbench.card.leaveToDecide", (long) waiting.size(),
					waiting.stream().limit(LINES).map(r -> new WorkbenchCard.Line("workbench.card.leaveToDecide.line",
							r.getPersonName(), r.getStartDate(), r.getEndDate(), r.getWorkingDays())).toList(),
					"/leave?box=TO_DECIDE"));
		}
		if (has(user, "LEAVE_REQUEST") && !has(user, "LEAVE_APPROVE")) {
			var open = leave.myOpenRequests();
			cards.add(new WorkbenchCard(11, "workbench.card.myLeave", (long) open.size(),
					open.isEmpty() ? List.of(new WorkbenchCard.Line("workbench.card.myLeave.none"))
							: open.stream().limit(LINES).map(r -> new WorkbenchCard.Line("workbench.card.myLeave.line",
									r.getStartDate(), r.getEndDate(), LeaveService.label(r.getState().messageKey()))).toList(),
					"/leave?box=MINE"));
		}
		return cards;
	}

	private static boolean has(Authentication user, String authority) {
		return user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(authority));
	}

}
