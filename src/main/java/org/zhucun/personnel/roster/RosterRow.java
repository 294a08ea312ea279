package org.zhucun.personnel.roster;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * One data row of a roster file as text, as the user typed it (trimmed), with its row number as
 * Excel shows it, and the columns whose cell Excel stored as a number (an ID number typed as a
 * number has lost its last digits).
 */
record RosterRow(int number, Map<RosterColumn, String> cells, Set<RosterColumn> numbers) {

	RosterRow {
		EnumMap<RosterColumn, String> copy = new EnumMap<>(RosterColumn.class);
		cells.forEach((column, text) -> copy.put(column, text == null ? "" : text.strip()));
		cells = Map.copyOf(copy);
		numbers = numbers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(numbers));
	}

	RosterRow(int number, Map<RosterColumn, String> cells) {
		this(number, cells, Set.of());
	}

	/** The text in this column, empty when the cell is blank. */
	String cell(RosterColumn column) {
		return cells.getOrDefault(column, "");
	}

	boolean isBlank(RosterColumn column) {
		return cell(column).isEmpty();
	}

	boolean isNumber(RosterColumn column) {
		return numbers.contains(column);
	}

	boolean isEmpty() {
		return cells.values().stream().allMatch(String::isEmpty);
	}

}
