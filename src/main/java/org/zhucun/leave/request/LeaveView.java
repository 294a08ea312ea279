package org.zhucun.leave.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.zhucun.leave.rules.ApproverKind;
import org.zhucun.leave.rules.LeaveRoute;
import org.zhucun.leave.rules.LeaveState;

/**
 * A leave request as pages and the API show it: the request, its route and the approvers it needs,
 * each decision with office, person, time and opinion, the return, the working days that count
 * (LEA-3, for an approved request) and what the user may do with it now.
 */
public record LeaveView(long id, long personId, String personName, String villageName, String unitName,
		LocalDate startDate, LocalDate endDate, String reason, int workingDays, LeaveRoute route,
		List<ApproverKind> approvers, List<ApproverKind> awaiting, LeaveState state, List<DecisionView> decisions,
		String enteredBy, String enteredByOffice, Instant requestedAt, LocalDate returnedOn, String returnReportedBy,
		Integer countedWorkingDays, Actions actions) {

	/** One approver's decision. */
	public record DecisionView(ApproverKind approverKind, boolean approved, String opinion, String officeName,
			String decidedBy, Instant decidedAt) {

		private static final java.time.format.DateTimeFormatter SHOWN = java.time.format.DateTimeFormatter
			.ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.of("Asia/Shanghai"));

		/** The time of the decision as pages show it (China time). */
		public String decidedAtText() {
			return SHOWN.format(decidedAt);
		}

	}

	/** What the current user may do with the request now. */
	public record Actions(boolean decide, boolean withdraw, boolean reportReturn) {
	}

}
