package org.zhucun.assessment.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The order of the sign-off chain (ASM-1, ASM-2): a step may be signed only when every step before it
 * is signed; the two county offices sign in either order after the person's opinion. Any office whose
 * step is open may return the assessment to an earlier step, which undoes that step and all after it.
 */
public final class ChainRule {

	private ChainRule() {
	}

	/** The steps that may be signed now (none when the chain is complete). */
	public static Set<Step> open(AssessmentKind kind, Set<Step> signed) {
		Set<Step> open = EnumSet.noneOf(Step.class);
		for (Step step : kind.steps()) {
			if (signed.contains(step)) {
				continue;
			}
			if (open.isEmpty() || (step.isCounty() && open.stream().allMatch(Step::isCounty))) {
				open.add(step);
				continue;
			}
			break;
		}
		return open;
	}

	public static boolean complete(AssessmentKind kind, Set<Step> signed) {
		return signed.containsAll(kind.steps());
	}

	/** The steps an office acting at {@code from} may send the assessment back to: those before its step. */
	public static List<Step> returnTargets(AssessmentKind kind, Step from) {
		List<Step> targets = new ArrayList<>();
		for (Step step : kind.steps()) {
			if (step == from || (from.isCounty() && step.isCounty())) {
				break;
			}
			targets.add(step);
		}
		return targets;
	}

	/** The steps undone when the assessment goes back to {@code target}: the target and every step after it. */
	public static Set<Step> undoneByReturn(AssessmentKind kind, Step target) {
		Set<Step> undone = EnumSet.noneOf(Step.class);
		boolean from = false;
		for (Step step : kind.steps()) {
			from |= step == target;
			if (from) {
				undone.add(step);
			}
		}
		return undone;
	}

}
