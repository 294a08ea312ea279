package org.zhucun.policy;

/**
 * What other modules ask of the policy numbers (POL-1): the value in force for a tree node (the
 * setting of the nearest enclosing county, city or region) in a year. Unscoped: callers pass the
 * node of the record they evaluate.
 */
public interface PolicyParameters {

	PolicyValue valueFor(PolicyKey key, long nodeId, int year);

	default int value(PolicyKey key, long nodeId, int year) {
		return valueFor(key, nodeId, year).value();
	}

}
