package org.zhucun.organisation;

/** The level of a dispatching unit (ORG-3): the tree level that dispatches it. */
public enum UnitLevel {

	/** 区直 */
	REGION(NodeLevel.REGION),
	/** 市直 */
	CITY(NodeLevel.CITY),
	/** 县直 */
	COUNTY(NodeLevel.COUNTY);

	private final NodeLevel nodeLevel;

	UnitLevel(NodeLevel nodeLevel) {
		this.nodeLevel = nodeLevel;
	}

	/** The level of the tree node a unit of this level belongs to. */
	public NodeLevel nodeLevel() {
		return nodeLevel;
	}

	public String messageKey() {
		return "unit.level." + name();
	}

}
