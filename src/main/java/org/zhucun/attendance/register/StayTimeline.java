package org.zhucun.attendance.register;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A person's stays in the village from their arrival and departure registrations (ATT-2): a day
 * falls in a stay when the latest registration on or before it is an arrival, or when the person
 * registered their departure on that very day (the day of leaving is spent in the village). An
 * arrival and a departure on one day make a one-day stay.
 */
final class StayTimeline {

	private final NavigableMap<LocalDate, PresenceKind> last = new TreeMap<>();

	private final Map<LocalDate, Boolean> departedOn = new TreeMap<>();

	StayTimeline(Iterable<Registration> registrations) {
		for (Registration r : registrations) {
			if (r.kind() == PresenceKind.DEPARTURE) {
				departedOn.put(r.day(), true);
				// an arrival on the same day happened before the departure
				last.put(r.day(), PresenceKind.DEPARTURE);
			}
			else {
				last.putIfAbsent(r.day(), PresenceKind.ARRIVAL);
			}
		}
	}

	/** Whether the person was in the village on this day by their registrations. */
	boolean inVillage(LocalDate day) {
		if (departedOn.containsKey(day)) {
			return true;
		}
		Map.Entry<LocalDate, PresenceKind> latest = last.floorEntry(day);
		return latest != null && latest.getValue() == PresenceKind.ARRIVAL;
	}

	/** One registration: its day and kind. */
	record Registration(LocalDate day, PresenceKind kind) {
	}

}
