package org.zhucun.tasks.plan;

/**
 * What a document of a plan is: one of the team's plans of Annex 1 (工作计划, 年度实施方案, 村发展规划,
 * 年度建设方案), attached to the team's year, or the evidence of one task (TSK-2).
 */
public enum PlanDocumentKind {
	WORK_PLAN, ANNUAL_SCHEME, DEVELOPMENT_PLAN, CONSTRUCTION_SCHEME, EVIDENCE;

	/** Whether the kind belongs to a work team's year (Annex 1) rather than to one task. */
	public boolean teamPlan() {
		return this != EVIDENCE;
	}

}
