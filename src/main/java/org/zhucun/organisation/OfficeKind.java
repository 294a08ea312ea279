package org.zhucun.organisation;

import java.util.Set;

/**
 * The kinds of office that act in the workflows (ORG-4), and where each may sit: on a node of a
 * given level, or on a dispatching unit.
 */
public enum OfficeKind {

	/** 党委组织部 */
	ORGANISATION_DEPARTMENT(Set.of(NodeLevel.REGION, NodeLevel.CITY, NodeLevel.COUNTY)),
	/** 农办 */
	RURAL_WORK_OFFICE(Set.of(NodeLevel.REGION, NodeLevel.CITY, NodeLevel.COUNTY)),
	/** 扶贫办 */
	POVERTY_ALLEVIATION_OFFICE(Set.of(NodeLevel.REGION, NodeLevel.CITY, NodeLevel.COUNTY)),
	/** 乡镇党委 */
	TOWNSHIP_PARTY_COMMITTEE(Set.of(NodeLevel.TOWNSHIP)),
	/** 村党支部 */
	VILLAGE_PARTY_BRANCH(Set.of(NodeLevel.VILLAGE)),
	/** 派出单位 */
	DISPATCHING_UNIT(Set.of());

	private final Set<NodeLevel> nodeLevels;

	OfficeKind(Set<NodeLevel> nodeLevels) {
		this.nodeLevels = nodeLevels;
	}

	/** Whether an office of this kind belongs to a dispatching unit rather than to a tree node. */
	public boolean boundToUnit() {
		return this == DISPATCHING_UNIT;
	}

	/** Whether an office of this kind may sit on a node of the given level. */
	public boolean allowedAt(NodeLevel level) {
		return nodeLevels.contains(level);
	}

	public String messageKey() {
		return "office.kind." + name();
	}

}
