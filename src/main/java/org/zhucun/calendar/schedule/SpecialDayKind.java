package org.zhucun.calendar.schedule;

/** How a day of the national schedule differs from the weekly rhythm (ATT-1). */
public enum SpecialDayKind {

	/** 法定节假日: a day off, whatever day of the week it is. */
	HOLIDAY,
	/** 调休上班日: a weekend day on which everybody works. */
	MAKEUP_WORKDAY;

	public String messageKey() {
		return "calendar.kind." + name();
	}

}
