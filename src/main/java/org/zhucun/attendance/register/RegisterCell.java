package org.zhucun.attendance.register;

import org.zhucun.attendance.DayStatus;

/** One working day of one person in the register: its status, where it comes from, and the clerk's note. */
public record RegisterCell(DayStatus status, DaySource source, String note) {

	static RegisterCell of(DayStatus status, DaySource source) {
		return new RegisterCell(status, source, null);
	}

}
