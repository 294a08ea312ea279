package org.zhucun.leave.rules;

import java.util.Set;

/**
 * LEA-1/2: the route of a leave request, decided by its number of working days. Up to the threshold
 * (Art. 12: 3 days, 含3天) the township party committee approves alone; above it the county
 * organisation department and the dispatching unit must both approve, in either order.
 */
public enum LeaveRoute {

	TOWNSHIP(Set.of(ApproverKind.TOWNSHIP_PARTY_COMMITTEE)),
	COUNTY_AND_UNIT(Set.of(ApproverKind.COUNTY_ORGANISATION_DEPARTMENT, ApproverKind.DISPATCHING_UNIT));

	/** The policy's threshold (Art. 12): three working days, included, go to the township. */
	public static final int DEFAULT_TOWNSHIP_MAX_WORKING_DAYS = 3;

	private final Set<ApproverKind> approvers;

	LeaveRoute(Set<ApproverKind> approvers) {
		this.approvers = approvers;
	}

	/** The route of a request of {@code workingDays} working days under the given threshold. */
	public static LeaveRoute forWorkingDays(int workingDays, int townshipMaxWorkingDays) {
		if (workingDays < 1) {
			throw new IllegalArgumentException("A leave request has at least one working day: " + workingDays);
		}
		if (townshipMaxWorkingDays < 0) {
			throw new IllegalArgumentException("Negative threshold: " + townshipMaxWorkingDays);
		}
		return workingDays <= townshipMaxWorkingDays ? TOWNSHIP : COUNTY_AND_UNIT;
	}

	/** Every approver that must approve on this route; any of them may refuse. */
	public Set<ApproverKind> requiredApprovers() {
		return approvers;
	}

	public String messageKey() {
		return "leave.route." + name();
	}

}
