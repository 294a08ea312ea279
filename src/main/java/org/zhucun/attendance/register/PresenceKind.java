package org.zhucun.attendance.register;

/** The two registrations of ATT-2: 报到 on arrival in the village, 离村登记 on leaving it. */
public enum PresenceKind {

	/** 报到 */
	ARRIVAL,
	/** 离村登记 */
	DEPARTURE;

	public String messageKey() {
		return "attendance.presence." + name();
	}

}
