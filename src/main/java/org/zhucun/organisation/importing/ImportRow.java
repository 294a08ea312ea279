package org.zhucun.organisation.importing;

import java.util.EnumMap;
import java.util.Map;

/**
 * One data row of an import file as text, exactly as the user typed it (trimmed), with its row
 * number as Excel shows it so that every problem can be pointed at.
 */
record ImportRow(int number, Map<ImportColumn, String> cells) {

	ImportRow {
		EnumMap<ImportColumn, String> copy = new EnumMap<>(ImportColumn.class);
		cells.forEach((column, text) -> copy.put(column, text == null ? "" : text.strip()));
		cells = Map.copyOf(copy);
	}

	/** The text in this column, empty when the cell is blank. */
	String cell(ImportColumn column) {
		return cells.getOrDefault(column, "");
	}

	boolean isBlank(ImportColumn column) {
		return cell(column).isEmpty();
	}

	boolean isEmpty() {
		return cells.values().stream().allMatch(String::isEmpty);
	}

}
