package org.zhucun.organisation;

/**
 * An office as other modules see it: its kind and where it sits. Exactly one of {@code nodeId} and
 * {@code unitId} is set; {@code nodePath} is the materialized path of the node, used for the data
 * scope (ORG-5).
 */
public record OfficeSummary(long id, String code, String name, OfficeKind kind, Long nodeId, String nodePath,
		String nodeName, Long unitId, String unitName, boolean active) {

	/** The name to show next to the user: the office and where it sits. */
	public String displayName() {
		return name;
	}

}
