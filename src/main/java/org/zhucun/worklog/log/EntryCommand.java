package org.zhucun.worklog.log;

import java.time.LocalDate;

import org.zhucun.worklog.rules.LogKind;

/**
 * LOG-1: a new entry of one's own log (kind, date — today when empty —, text), or, with
 * {@code correctsId}, a correction (更正) of one's own earlier entry.
 */
public record EntryCommand(LogKind kind, LocalDate entryDate, String text, Long correctsId) {
}
