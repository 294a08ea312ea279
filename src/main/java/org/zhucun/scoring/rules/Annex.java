package org.zhucun.scoring.rules;

import org.zhucun.personnel.AssignmentRole;

/**
 * The three scoring sheets of the policy: Annex 1 for a work team (SCO-A1), Annex 2 for a team leader
 * or first secretary (SCO-A2), Annex 3 for a team member (SCO-A3).
 */
public enum Annex {

	/** 附件1 扶贫开发驻村工作队工作绩效考评参考标准 */
	TEAM("ANNEX1"),
	/** 附件2 驻村工作队长和第一书记工作绩效考评参考标准 */
	LEADER("ANNEX2"),
	/** 附件3 驻村工作队队员工作绩效考评参考标准 */
	MEMBER("ANNEX3");

	private final String code;

	Annex(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	/** The annex of a person's sheet by their role: a leader or first secretary Annex 2, a member Annex 3. */
	public static Annex ofRole(AssignmentRole role) {
		return role == AssignmentRole.TEAM_MEMBER ? MEMBER : LEADER;
	}

	public static Annex ofCode(String code) {
		for (Annex a : values()) {
			if (a.code.equals(code) || a.name().equals(code)) {
				return a;
			}
		}
		throw new IllegalArgumentException("No annex " + code);
	}

	public boolean team() {
		return this == TEAM;
	}

	public String messageKey() {
		return "scoring.annex." + name();
	}

}
