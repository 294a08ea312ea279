package org.zhucun.reporting.meeting;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/**
 * A meeting as the office records it (REP-4): the date, the participants' names and the minutes.
 * {@code placeCode} may name the place the meeting is for; it must be the office's own township,
 * county or city (the office's place is taken when it is left out).
 */
public record MeetingCommand(LocalDate heldOn, @Size(max = 2000) String participants, @Size(max = 20000) String minutes,
		String placeCode) {
}
