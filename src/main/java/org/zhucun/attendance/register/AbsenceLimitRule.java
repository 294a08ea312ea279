package org.zhucun.attendance.register;

/**
 * ATT-6 (Art. 12): unexcused absence of more than {@code limit} working days in a year leads to the
 * person's replacement; {@code limit} days exactly do not. People within {@code warningMargin} days
 * of the limit are shown to the county as near it.
 */
public record AbsenceLimitRule(int limit, int warningMargin) {

	public boolean exceeded(int absentDays) {
		return absentDays > limit;
	}

	public boolean near(int absentDays) {
		return !exceeded(absentDays) && absentDays >= Math.max(1, limit - warningMargin);
	}

}
