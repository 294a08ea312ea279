package org.zhucun.evidence;

/**
 * Where funds secured by a team came from (Annex 1 item 4.2): social funds, investment attracted and
 * the unit's own funds count; line-department funds (各级部门行业资金) are recorded but never count.
 */
public enum FundSource {

	SOCIAL_FUNDS(true), INVESTMENT_ATTRACTED(true), UNIT_OWN_FUNDS(true), LINE_DEPARTMENT_FUNDS(false);

	private final boolean counts;

	FundSource(boolean counts) {
		this.counts = counts;
	}

	/** Whether funds of this source count as funds secured. */
	public boolean counts() {
		return counts;
	}

	public String messageKey() {
		return "evidence.source." + name();
	}

}
