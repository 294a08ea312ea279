package org.zhucun.tasks;

/** The five duties of Art. 3 under which every task of a work plan is filed (TSK-1). */
public enum Duty {

	/** 理清发展思路 */
	DEVELOPMENT_IDEAS,
	/** 建强基层组织 */
	GRASSROOTS_ORGANISATION,
	/** 推动精准扶贫 */
	TARGETED_POVERTY_ALLEVIATION,
	/** 提高服务能力 */
	SERVICE_CAPACITY,
	/** 提升治理水平 */
	GOVERNANCE;

	public String messageKey() {
		return "tasks.duty." + name();
	}

}
