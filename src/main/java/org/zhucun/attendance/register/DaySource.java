package org.zhucun.attendance.register;

/** Where a day of the register comes from, shown next to it so that every day can explain itself. */
public enum DaySource {

	/** Between an arrival and a departure registration (ATT-9). */
	DEFAULT,
	/** An approved leave request (LEA-3). */
	LEAVE,
	/** Entered by the township's clerk. */
	CLERK,
	/** Entered afterwards from a paper register (BUR-3). */
	PAPER,
	/** Found by a spot check of the county (ATT-7). */
	SPOT_CHECK,
	/** Changed after the month was confirmed, with a reason (ATT-9). */
	CORRECTION;

	public String messageKey() {
		return "attendance.source." + name();
	}

}
