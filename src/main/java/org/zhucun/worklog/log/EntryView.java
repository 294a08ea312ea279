package org.zhucun.worklog.log;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.zhucun.document.DocumentRef;
import org.zhucun.worklog.rules.LogKind;

/**
 * An entry as shown: with when it locks, whether the caller may still edit it, the entry it
 * corrects and the one correcting it (更正, both ways), and its attachments.
 */
public record EntryView(long id, long version, long personId, String personName, String villageName, LogKind kind,
		LocalDate entryDate, String text, String authorName, Instant createdAt, Instant updatedAt, Instant locksAt,
		boolean editable, boolean correctable, Long correctsId, Long correctedById, List<DocumentRef> attachments) {
}
