package org.zhucun.personnel;

/** The role of a dispatched person in the village (PER-2). */
public enum AssignmentRole {

	/** 第一书记 (may also lead the work team) */
	FIRST_SECRETARY,
	/** 工作队队长 */
	TEAM_LEADER,
	/** 工作队队员 */
	TEAM_MEMBER;

	public String messageKey() {
		return "assignment.role." + name();
	}

}
