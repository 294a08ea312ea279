package org.zhucun.evidence;

/** The level of the outlet, the adopting body or the instructing leader (Annex 1–3). */
public enum EvidenceLevel {

	COUNTY, CITY, REGION, NATIONAL;

	public String messageKey() {
		return "evidence.level." + name();
	}

}
