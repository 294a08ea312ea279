package org.zhucun.reporting.meeting;

import java.time.LocalDate;

import org.zhucun.reporting.rules.MeetingKind;

/** REP-4: the last complete period (month, quarter, year) of an office had no meeting of its kind. */
public record MissingMeeting(MeetingKind kind, String officeName, LocalDate from, LocalDate to, boolean missing) {
}
