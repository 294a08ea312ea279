package org.zhucun.unitduty;

import java.time.LocalDate;

/**
 * A unit's visit duties towards its team in a village on a day (MTG-2): the head's half-yearly visit,
 * the leader in charge's quarterly research, and the leadership's visits of the year against the
 * number Annex 1 asks for.
 */
public record DutyStatus(long unitId, long villageNodeId, LocalDate asOf, VisitCheck head, VisitCheck leaderInCharge,
		int visitsThisYear, int visitsRequired) {

	/** Whether the head's visit is overdue: the unit is flagged to itself and the county. */
	public boolean headOverdue() {
		return head.overdue();
	}

	public boolean anyOverdue() {
		return head.overdue() || leaderInCharge.overdue();
	}

}
