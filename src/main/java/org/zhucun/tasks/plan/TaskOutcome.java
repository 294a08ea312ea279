package org.zhucun.tasks.plan;

/** How a task ended at year end (TSK-2): not yet marked, done, or not done. */
public enum TaskOutcome {
	OPEN, DONE, NOT_DONE
}
