package org.zhucun.attendance;

import java.time.YearMonth;

/** Published when a township's clerk confirms a month of the register (ATT-9). */
public record AttendanceMonthConfirmed(long townshipNodeId, YearMonth month, String confirmedBy) {
}
