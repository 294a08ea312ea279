package org.zhucun.attendance;

/**
 * How a working day of a posted person is classified in the register (ATT-3). Official travel,
 * meetings and training count as days in the village; approved leave does not count as absence
 * (LEA-3); a day the person was neither registered in the village nor explained is unregistered
 * until the clerk decides, and an unexcused absence counts towards the limit of ATT-6.
 */
public enum DayStatus {

	/** 在村 */
	IN_VILLAGE(true, 'V'),
	/** 因公出差 */
	OFFICIAL_TRAVEL(true, 'T'),
	/** 开会 */
	MEETING(true, 'M'),
	/** 培训 */
	TRAINING(true, 'X'),
	/** 请假 (approved leave, from the leave module) */
	LEAVE(false, 'L'),
	/** 无故缺勤 */
	ABSENT(false, 'A'),
	/** 未登记: outside any arrival–departure stay and not explained */
	UNREGISTERED(false, '?');

	private final boolean countsInVillage;

	private final char code;

	DayStatus(boolean countsInVillage, char code) {
		this.countsInVillage = countsInVillage;
		this.code = code;
	}

	/** Whether the day counts as a day in the village (ATT-3, ATT-4). */
	public boolean countsInVillage() {
		return countsInVillage;
	}

	/** The one-letter code of the exported register. */
	public char code() {
		return code;
	}

	/** Whether the clerk may enter it by hand; leave comes only from approved requests (LEA-3). */
	public boolean enteredByClerk() {
		return this != LEAVE && this != UNREGISTERED;
	}

	public String messageKey() {
		return "attendance.status." + name();
	}

}
