package org.zhucun.common.ui;

import java.util.List;

/**
 * A card on the workbench (工作台): a title, an optional count and lines, and a link. Modules
 * contribute cards for their to-do items and figures; each card is computed within the user's data
 * scope.
 */
public record WorkbenchCard(int order, String titleKey, Long count, List<Line> lines, String href) {

	/** One line of a card: a message key with its arguments. */
	public record Line(String messageKey, Object... args) {
	}

}
