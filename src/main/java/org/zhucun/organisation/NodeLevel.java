package org.zhucun.organisation;

import java.util.Optional;

/** The five levels of the administrative tree (ORG-1), each a child of the one before. */
public enum NodeLevel {

	/** 自治区 */
	REGION,
	/** 地级市 */
	CITY,
	/** 县/区 */
	COUNTY,
	/** 乡镇 */
	TOWNSHIP,
	/** 村 */
	VILLAGE;

	/** The level of this level's children, if it can have any. */
	public Optional<NodeLevel> childLevel() {
		return this == VILLAGE ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
	}

	/** The level a parent of a node of this level must have; none for the region. */
	public Optional<NodeLevel> parentLevel() {
		return this == REGION ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
	}

	public String messageKey() {
		return "node.level." + name();
	}

}
