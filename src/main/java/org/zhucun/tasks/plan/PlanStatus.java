package org.zhucun.tasks.plan;

/** A plan is drafted, submitted to the township, and agreed by it; an agreed plan is locked (TSK-1). */
public enum PlanStatus {
	DRAFT, SUBMITTED, AGREED
}
