package org.zhucun.personnel;

import java.time.LocalDate;

/**
 * A person's posting to a village as other modules see it (PER-2): who, where, in which team, for
 * which unit and role, from when to when. {@code endedOn} is the last day of service, or null while
 * the posting is active.
 */
public record PostingPeriod(long assignmentId, long personId, String personName, long villageNodeId, long teamId,
		long unitId, AssignmentRole role, LocalDate startDate, LocalDate endedOn) {

	/** Whether the person was posted on this day. */
	public boolean covers(LocalDate day) {
		return !day.isBefore(startDate) && (endedOn == null || !day.isAfter(endedOn));
	}

}
