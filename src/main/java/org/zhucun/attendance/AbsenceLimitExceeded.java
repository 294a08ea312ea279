package org.zhucun.attendance;

/**
 * Published when a person's unexcused absence in a year passes the limit (ATT-6, Art. 12): the
 * county organisation department and the dispatching unit are to replace them.
 */
public record AbsenceLimitExceeded(long personId, int year, int absentDays, int limit) {
}
