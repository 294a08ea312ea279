package org.zhucun.tasks;

/**
 * What other modules (the assessment, ASM) may ask of the task register (TSK-2): how the tasks of a
 * person's or a team's agreed plan for a year ended. Unscoped, like the other directories: callers
 * evaluate records they have already checked against the user's data scope. The duty score (履职情况,
 * 70 points) loses 1 point per {@link TaskTally#notDone() undone task}; the assessment computes it.
 */
public interface TaskRegister {

	/** The tasks of this person's own plan for the year (all zero when there is no agreed plan). */
	TaskTally ofPerson(long personId, int year);

	/** The tallies of these people's own plans for the year, every one of them present (for a whole scope at once). */
	default java.util.Map<Long, TaskTally> ofPeople(java.util.Collection<Long> personIds, int year) {
		java.util.Map<Long, TaskTally> result = new java.util.HashMap<>();
		personIds.forEach(id -> result.put(id, ofPerson(id, year)));
		return result;
	}

	/** The tasks of the work team's plan of this village for the year. */
	TaskTally ofTeam(long villageNodeId, int year);

	/**
	 * The tasks of an agreed plan: how many there are, how many were marked done, not done, or not
	 * yet marked. {@code agreed} is false when there is no plan or it is not agreed yet (then all
	 * counts are zero: only an agreed plan counts).
	 */
	record TaskTally(boolean agreed, int tasks, int done, int notDone, int open) {

		public static final TaskTally NONE = new TaskTally(false, 0, 0, 0, 0);

	}

}
