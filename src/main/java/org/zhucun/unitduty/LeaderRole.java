package org.zhucun.unitduty;

/** Who of the unit's leadership visited the village (MTG-2, Art. 5 item 5). */
public enum LeaderRole {

	/** 一把手: the unit head, at least every half year. */
	HEAD,
	/** 分管领导: the leader in charge, research every quarter. */
	LEADER_IN_CHARGE;

	public String messageKey() {
		return "unitduty.role." + name();
	}

}
