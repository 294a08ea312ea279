package org.zhucun.supervision;

/** Who organised a course or an inspection, or issued a notice: the region, a city or a county (TRN-1, SUP-1). */
public enum SupervisionLevel {
	REGION, CITY, COUNTY;

	public String messageKey() {
		return "sup.level." + name();
	}

}
