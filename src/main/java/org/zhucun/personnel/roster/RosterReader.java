package org.zhucun.personnel.roster;

import java.io.InputStream;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.zhucun.common.excel.XlsxFileException;
import org.zhucun.common.excel.XlsxTable;

/**
 * Reads the first sheet of an uploaded roster into {@link RosterRow}s ({@link XlsxTable}): the first
 * non-blank row is the header (columns in any order, unknown columns ignored, the optional ones may
 * be left out), blank rows are skipped, and a file over the row limit is refused as soon as the limit
 * is passed.
 */
final class RosterReader {

	private static final Set<RosterColumn> REQUIRED = Arrays.stream(RosterColumn.values())
		.filter(RosterColumn::required)
		.collect(Collectors.toCollection(() -> EnumSet.noneOf(RosterColumn.class)));

	private final RosterVocabulary vocabulary;

	private final int maxRows;

	RosterReader(RosterVocabulary vocabulary, int maxRows) {
		this.vocabulary = vocabulary;
		this.maxRows = maxRows;
	}

	List<RosterRow> read(InputStream input) throws RosterFileException {
		List<XlsxTable.Row<RosterColumn>> rows;
		try {
			rows = XlsxTable.read(input, RosterColumn.class, vocabulary::column, REQUIRED, maxRows);
		}
		catch (XlsxFileException ex) {
			throw ex.argument() == null ? new RosterFileException(ex.reason().messageKey("roster.file"))
					: new RosterFileException(ex.reason().messageKey("roster.file"), ex.argument());
		}
		return rows.stream().map(RosterReader::row).toList();
	}

	/** The row's text, and which cells Excel stored as numbers. */
	private static RosterRow row(XlsxTable.Row<RosterColumn> row) {
		Map<RosterColumn, String> values = new EnumMap<>(RosterColumn.class);
		Set<RosterColumn> numbers = EnumSet.noneOf(RosterColumn.class);
		row.cells().forEach((column, cell) -> {
			values.put(column, cell.text());
			if (cell.number()) {
				numbers.add(column);
			}
		});
		return new RosterRow(row.number(), values, numbers);
	}

}
