package org.zhucun.worklog.log;

import java.time.LocalDate;

import org.zhucun.worklog.rules.LogKind;

/** LOG-1: a change of one's own entry while it is still open, against the version last read. */
public record EditCommand(LogKind kind, LocalDate entryDate, String text, Long version) {
}
