package org.zhucun.reporting.meeting;

import java.time.LocalDate;

import org.zhucun.document.DocumentRef;
import org.zhucun.reporting.rules.MeetingKind;

/** A meeting for pages and the API (REP-4): its minutes as text, as an uploaded document, or both. */
public record MeetingView(long id, MeetingKind kind, String officeName, LocalDate heldOn, String participants,
		String minutes, DocumentRef document, String recordedByName) {
}
