package org.zhucun.attendance.checkin;

import java.util.List;

/**
 * What the cadre's check-in page shows (ATT-8): whether they can check in at all, their village
 * and its fence, today's accepted check-in (null if none yet) and their latest check-ins.
 */
public record OwnCheckins(State state, String villageName, Integer radiusMetres, Checkin today, List<Checkin> recent) {

	public enum State {

		/** The county has check-in off (the default, BUR-2). */
		OFF,
		/** The person holds no active posting. */
		NOT_POSTED,
		/** The village has no location or fence configured. */
		NO_LOCATION,
		/** Check-in is possible. */
		READY

	}

	public boolean ready() {
		return state == State.READY;
	}

}
