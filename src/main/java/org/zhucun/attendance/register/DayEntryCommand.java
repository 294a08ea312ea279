package org.zhucun.attendance.register;

import java.time.LocalDate;

import org.zhucun.attendance.DayStatus;

/**
 * The clerk's entry of one day (ATT-3, ATT-9): a status (or none, to return the day to what the
 * records make it), a note, whether it comes from a paper register (BUR-3), and — for a confirmed
 * month — the reason of the correction.
 */
public record DayEntryCommand(long personId, LocalDate day, DayStatus status, String note, boolean paper, String reason) {
}
