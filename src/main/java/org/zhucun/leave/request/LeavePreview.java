package org.zhucun.leave.request;

import java.time.LocalDate;

import org.zhucun.leave.rules.LeaveRoute;

/**
 * What a range amounts to before it is submitted (LEA-1/2): its working days in the person's county
 * and the route they decide, with the threshold that decided it.
 */
public record LeavePreview(long personId, String personName, LocalDate startDate, LocalDate endDate, int workingDays,
		LeaveRoute route, int threshold) {
}
