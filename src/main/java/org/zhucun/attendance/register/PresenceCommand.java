package org.zhucun.attendance.register;

import java.time.LocalDate;

/** An arrival or departure registration (ATT-2); the person is the caller's own unless a clerk names one. */
public record PresenceCommand(Long personId, PresenceKind kind, LocalDate day, String note) {
}
