package org.zhucun.attendance.checkin;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The days on which people have an accepted check-in (ATT-8), for the small marker in the
 * township's register. It marks a day; it never changes the day's status and ranks nobody (BUR-2).
 */
public record CheckinMarks(Map<Long, Set<LocalDate>> days) {

	public static CheckinMarks none() {
		return new CheckinMarks(Map.of());
	}

	public boolean has(long personId, LocalDate day) {
		return days.getOrDefault(personId, Set.of()).contains(day);
	}

}
