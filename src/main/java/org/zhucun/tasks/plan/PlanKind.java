package org.zhucun.tasks.plan;

/** Whose plan: one dispatched person's, or a village work team's (TSK-1, Annex 1). */
public enum PlanKind {
	PERSON, TEAM
}
