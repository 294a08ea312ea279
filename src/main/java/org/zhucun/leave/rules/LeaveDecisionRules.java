package org.zhucun.leave.rules;

import java.util.Map;

/**
 * LEA-1/2: who must decide and what the decisions add up to. A decision is accepted only on a
 * pending request, only from an approver of its route, and only once per approver kind; the request
 * is refused as soon as one approver refuses, and approved when every approver of the route has
 * approved. The service applies these rules under a row lock (SEC-8), so that two decisions taken
 * at the same moment are seen one after the other.
 */
public final class LeaveDecisionRules {

	private LeaveDecisionRules() {
	}

	/**
	 * Checks that {@code approver} may decide a request on {@code route} in {@code state} that has
	 * already received {@code decided} (approver kind → approved), and returns the state after its
	 * decision.
	 */
	public static Outcome decide(LeaveRoute route, LeaveState state, Map<ApproverKind, Boolean> decided,
			ApproverKind approver, boolean approve) {
		if (!route.requiredApprovers().contains(approver)) {
			return Outcome.refused(Refusal.NOT_ON_ROUTE);
		}
		if (decided.containsKey(approver)) {
			return Outcome.refused(Refusal.ALREADY_DECIDED_BY_KIND);
		}
		if (state != LeaveState.PENDING) {
			return Outcome.refused(Refusal.NOT_PENDING);
		}
		if (!approve) {
			return Outcome.accepted(LeaveState.REFUSED);
		}
		boolean othersApproved = route.requiredApprovers().stream()
			.filter(k -> k != approver)
			.allMatch(k -> Boolean.TRUE.equals(decided.get(k)));
		return Outcome.accepted(othersApproved ? LeaveState.APPROVED : LeaveState.PENDING);
	}

	/** The state that a set of decisions amounts to on a route (for display and checks). */
	public static LeaveState stateOf(LeaveRoute route, Map<ApproverKind, Boolean> decided) {
		if (decided.containsValue(Boolean.FALSE)) {
			return LeaveState.REFUSED;
		}
		return route.requiredApprovers().stream().allMatch(k -> Boolean.TRUE.equals(decided.get(k))) ? LeaveState.APPROVED
				: LeaveState.PENDING;
	}

	/** Why a decision is not accepted. */
	public enum Refusal {

		/** The approver is not on the request's route (the township on a request of more than 3 days). */
		NOT_ON_ROUTE,
		/** An approver of this kind has decided already. */
		ALREADY_DECIDED_BY_KIND,
		/** The request is approved, refused or withdrawn already. */
		NOT_PENDING;

		public String messageKey() {
			return "leave.error.decision." + name();
		}

	}

	/** The result of a decision: accepted with the new state, or refused with the reason. */
	public record Outcome(LeaveState newState, Refusal refusal) {

		static Outcome accepted(LeaveState state) {
			return new Outcome(state, null);
		}

		static Outcome refused(Refusal refusal) {
			return new Outcome(null, refusal);
		}

		public boolean isAccepted() {
			return refusal == null;
		}

	}

}
