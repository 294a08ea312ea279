package org.zhucun.tasks.plan;

import org.zhucun.tasks.TaskRegister.TaskTally;

/** A plan in a list: whose, where, its state and how its tasks stand (TSK-1, TSK-2). */
public record PlanRow(long id, PlanKind kind, String name, String villageName, int year, PlanStatus status, int tasks,
		TaskTally tally) {
}
