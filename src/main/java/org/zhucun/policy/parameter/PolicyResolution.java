package org.zhucun.policy.parameter;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * POL-1: which setting is in force for a node in a year. Among the settings of the node and the
 * places above it that apply from that year or earlier, the nearest place wins (a county's own
 * number over its city's, the city's over the region's); within one place the latest year wins.
 * Plain code, no database.
 */
final class PolicyResolution {

	private PolicyResolution() {
	}

	/** {@code path}: the node ids from the region down to the node itself. */
	static Optional<PolicySetting> inForce(List<Long> path, Collection<PolicySetting> candidates, int year) {
		return candidates.stream()
			.filter(s -> s.getFromYear() <= year && path.contains(s.getNodeId()))
			.max(Comparator.<PolicySetting>comparingInt(s -> path.indexOf(s.getNodeId()))
				.thenComparingInt(PolicySetting::getFromYear));
	}

}
