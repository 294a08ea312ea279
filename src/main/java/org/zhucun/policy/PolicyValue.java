package org.zhucun.policy;

/**
 * The value of a policy number in force for a place and year, and where it comes from: the
 * department's setting (the node, from which year, why) or the installation's default.
 */
public record PolicyValue(PolicyKey key, int value, String setByPlace, Integer fromYear, String reason) {

	/** Whether a department set it (rather than the installation default). */
	public boolean overridden() {
		return setByPlace != null;
	}

}
