package org.zhucun.attendance.register;

/**
 * A person's month in numbers (ATT-4): the working days they were posted, how many of them count as
 * in the village (official travel, meetings and training included), on leave, absent without
 * excuse and not yet registered, and the days required: the policy's minimum (20, POL-1), or every
 * working day of the posting when the month or the posting has fewer.
 */
public record MonthFigure(int postedWorkingDays, int inVillage, int leave, int absent, int unregistered, int required) {

	/** Days missing to reach the requirement; 0 when it is met. */
	public int shortfall() {
		return Math.max(0, required - inVillage);
	}

	public boolean meetsRequirement() {
		return shortfall() == 0;
	}

}
