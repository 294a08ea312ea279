package org.zhucun.survey.internal;

/** A group of raters of Annex 1–3 (SAT-1); votes and paper tallies are counted per group. */
public enum RaterGroup {

	/** 乡镇干部 */
	TOWNSHIP_CADRES,
	/** 村干部 */
	VILLAGE_CADRES,
	/** 党员 */
	PARTY_MEMBERS,
	/** 村民代表 */
	VILLAGER_REPRESENTATIVES;

	public String messageKey() {
		return "survey.group." + name();
	}

}
