package org.zhucun.reporting.meeting;

import java.time.LocalDate;

import org.zhucun.reporting.rules.MeetingKind;

/** A meeting for pages and the API (REP-4). */
public record MeetingView(long id, MeetingKind kind, String officeName, LocalDate heldOn, String participants,
		String minutes, Long documentId, String recordedByName) {

	static MeetingView of(Meeting m) {
		return new MeetingView(m.getId(), m.getKind(), m.getOfficeName(), m.getHeldOn(), m.getParticipants(),
				m.getMinutes(), m.getDocumentId(), m.getRecordedByName());
	}

}
