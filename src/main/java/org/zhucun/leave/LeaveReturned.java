package org.zhucun.leave;

import java.time.LocalDate;

/**
 * Published when the return from approved leave is reported (销假, LEA-3). Working days from
 * {@code returnedOn} on are no longer leave (only those up to the day before the return count).
 */
public record LeaveReturned(long requestId, long personId, long villageNodeId, LocalDate startDate,
		LocalDate plannedEndDate, LocalDate returnedOn) {
}
