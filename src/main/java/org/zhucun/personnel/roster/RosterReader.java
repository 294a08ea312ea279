package org.zhucun.personnel.roster;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.zhucun.common.excel.XlsxFileException;
import org.zhucun.common.excel.XlsxFirstSheet;
import org.zhucun.common.excel.XlsxFirstSheet.Cell;

/**
 * Reads the first sheet of an uploaded roster into {@link RosterRow}s: the first non-blank row is the
 * header (columns in any order, unknown columns ignored, the optional ones may be left out), blank
 * rows are skipped, and a file over the row limit is refused as soon as the limit is passed.
 */
final class RosterReader {

	private final RosterVocabulary vocabulary;

	private final int maxRows;

	RosterReader(RosterVocabulary vocabulary, int maxRows) {
		this.vocabulary = vocabulary;
		this.maxRows = maxRows;
	}

	List<RosterRow> read(InputStream input) throws RosterFileException {
		Collector collector = new Collector();
		try {
			XlsxFirstSheet.read(input, collector);
		}
		catch (XlsxFileException ex) {
			throw new RosterFileException(switch (ex.reason()) {
				case EMPTY -> "roster.file.empty";
				case NOT_XLSX -> "roster.file.notXlsx";
				case LEGACY_OR_ENCRYPTED -> "roster.file.legacyOrEncrypted";
				case MALFORMED -> "roster.file.malformed";
				case NO_SHEET -> "roster.file.noHeader";
			});
		}
		return collector.rows();
	}

	/** Turns the sheet's rows into roster rows, the header row telling which column is which. */
	private final class Collector implements XlsxFirstSheet.RowHandler<RosterFileException> {

		private final List<RosterRow> rows = new ArrayList<>();

		private Map<Integer, RosterColumn> columns;

		@Override
		public void row(int number, Map<Integer, Cell> cells) throws RosterFileException {
			if (columns == null) {
				columns = header(cells);
				return;
			}
			Map<RosterColumn, String> values = new EnumMap<>(RosterColumn.class);
			Set<RosterColumn> numbers = EnumSet.noneOf(RosterColumn.class);
			columns.forEach((index, column) -> {
				Cell cell = cells.get(index);
				if (cell != null) {
					values.put(column, cell.text());
					if (cell.number()) {
						numbers.add(column);
					}
				}
			});
			RosterRow row = new RosterRow(number, values, numbers);
			if (row.isEmpty()) {
				return;
			}
			if (rows.size() == maxRows) {
				throw new RosterFileException("roster.file.tooManyRows", maxRows);
			}
			rows.add(row);
		}

		private Map<Integer, RosterColumn> header(Map<Integer, Cell> labels) throws RosterFileException {
			Map<Integer, RosterColumn> found = new HashMap<>();
			labels.forEach((index, label) -> vocabulary.column(label.text())
				.filter(column -> !found.containsValue(column))
				.ifPresent(column -> found.put(index, column)));
			if (found.isEmpty()) {
				throw new RosterFileException("roster.file.noHeader");
			}
			List<RosterColumn> missing = new ArrayList<>(Arrays.stream(RosterColumn.values())
				.filter(RosterColumn::required).toList());
			missing.removeAll(found.values());
			if (!missing.isEmpty()) {
				throw new RosterFileException("roster.file.missingColumns", missing);
			}
			return found;
		}

		List<RosterRow> rows() throws RosterFileException {
			if (columns == null) {
				throw new RosterFileException("roster.file.noHeader");
			}
			if (rows.isEmpty()) {
				throw new RosterFileException("roster.file.noRows");
			}
			return List.copyOf(rows);
		}

	}

}
