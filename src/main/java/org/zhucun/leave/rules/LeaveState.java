package org.zhucun.leave.rules;

/** Where a leave request stands. Only {@link #PENDING} can change, and only into one of the others. */
public enum LeaveState {

	/** Waiting for the approvers of its route. */
	PENDING,
	/** Every approver of the route approved. */
	APPROVED,
	/** One approver refused; the others need not decide any more. */
	REFUSED,
	/** Withdrawn by the applicant while it was pending. */
	WITHDRAWN;

	public boolean isOpen() {
		return this == PENDING;
	}

	public String messageKey() {
		return "leave.state." + name();
	}

}
