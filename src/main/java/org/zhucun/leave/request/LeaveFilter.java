package org.zhucun.leave.request;

import org.zhucun.leave.rules.LeaveState;

/**
 * Which requests a list shows: {@code box} ALL (everything in the scope), TO_DECIDE (pending
 * requests waiting for the user's office) or MINE (the user's own, as a cadre); optionally one state.
 */
public record LeaveFilter(Box box, LeaveState state) {

	public LeaveFilter {
		box = box == null ? Box.ALL : box;
	}

	public enum Box {
		ALL, TO_DECIDE, MINE
	}

}
