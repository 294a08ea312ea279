package org.zhucun.leave;

import java.time.LocalDate;

/**
 * Published when a leave request is finally decided (LEA-1/2): approved by every approver of its
 * route, or refused by one. The attendance register (ATT-3) listens: the working days of an
 * approved request are leave, those of a refused one are not.
 */
public record LeaveDecided(long requestId, long personId, long villageNodeId, LocalDate startDate, LocalDate endDate,
		boolean approved) {
}
