package org.zhucun.organisation;

/**
 * The type of a dispatching unit (ORG-3). It decides how many yuan of funds secured earn 0.1 bonus
 * point on the team's sheet (SCO-A1, Annex 1 bonus item 2).
 */
public enum UnitType {

	/** 党群部门 */
	PARTY_MASS_ORGANISATION,
	/** 事业单位 */
	PUBLIC_INSTITUTION,
	/** 政府行政部门 */
	GOVERNMENT_DEPARTMENT,
	/** 企业（国有大中型企业、国有控股金融机构） */
	ENTERPRISE,
	/** 科研院校 */
	RESEARCH_OR_EDUCATION,
	/** 中央驻宁机构 */
	CENTRAL_AGENCY;

	public String messageKey() {
		return "unit.type." + name();
	}

}
