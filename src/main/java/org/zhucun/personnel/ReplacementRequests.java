package org.zhucun.personnel;

/**
 * What other modules may ask of the replacement procedure (PER-4): open a request to replace a
 * posted person because a rule says so. The county organisation department and the dispatching unit
 * see it on their workbench and decide the withdrawal; withdrawing the person closes it.
 */
public interface ReplacementRequests {

	/**
	 * Opens a request for the person's active posting with the reason in the official wording;
	 * nothing happens when the person holds no active posting or a request of this trigger is already
	 * open. Returns whether a request was opened.
	 */
	boolean open(long personId, ReplacementTrigger trigger, String reason);

}
