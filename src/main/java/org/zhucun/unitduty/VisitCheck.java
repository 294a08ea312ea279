package org.zhucun.unitduty;

import java.time.LocalDate;

/**
 * One periodic visit duty checked on a day (MTG-2): the last visit by a leader of this role (or
 * none), the day the next one was due by (the last visit, or the start of the unit's posting in the
 * village when there was none, plus the policy's months), and whether that day has passed.
 */
public record VisitCheck(LeaderRole role, int months, LocalDate lastVisit, LocalDate dueBy, boolean overdue) {
}
