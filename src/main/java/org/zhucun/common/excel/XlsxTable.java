package org.zhucun.common.excel;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.zhucun.common.excel.XlsxFileException.Reason;
import org.zhucun.common.excel.XlsxFirstSheet.Cell;

/**
 * The first sheet of an uploaded .xlsx read as a table for an import: the first non-blank row is the
 * header, naming the columns in any order (unknown headers are ignored), and each later non-blank row
 * a record. A file whose header lacks a required column, that holds no data row, or that holds more
 * rows than allowed is refused as a whole; reading stops as soon as the limit is passed.
 */
public final class XlsxTable {

	private XlsxTable() {
	}

	/** One data row: its number as Excel shows it, and its non-blank cells by column. */
	public record Row<C extends Enum<C>>(int number, Map<C, Cell> cells) {
	}

	/**
	 * Reads the table.
	 * @param columns the columns an import knows
	 * @param header the column a header text names, if any
	 * @param required the columns the header must have
	 * @param maxRows the most data rows a file may hold
	 */
	public static <C extends Enum<C>> List<Row<C>> read(InputStream input, Class<C> columns,
			Function<String, Optional<C>> header, Set<C> required, int maxRows) throws XlsxFileException {
		Collector<C> collector = new Collector<>(columns, header, required, maxRows);
		XlsxFirstSheet.read(input, collector);
		return collector.rows();
	}

	/** Finds the header, then turns each row's cells into cells by column. */
	private static final class Collector<C extends Enum<C>> implements XlsxFirstSheet.RowHandler<XlsxFileException> {

		private final Class<C> type;

		private final Function<String, Optional<C>> header;

		private final Set<C> required;

		private final int maxRows;

		private final List<Row<C>> rows = new ArrayList<>();

		private Map<Integer, C> columns;

		Collector(Class<C> type, Function<String, Optional<C>> header, Set<C> required, int maxRows) {
			this.type = type;
			this.header = header;
			this.required = required;
			this.maxRows = maxRows;
		}

		@Override
		public void row(int number, Map<Integer, Cell> cells) throws XlsxFileException {
			if (columns == null) {
				columns = header(cells);
				return;
			}
			Map<C, Cell> values = new EnumMap<>(type);
			columns.forEach((index, column) -> {
				Cell cell = cells.get(index);
				if (cell != null) {
					values.put(column, cell);
				}
			});
			if (values.isEmpty()) {
				return;
			}
			if (rows.size() == maxRows) {
				throw new XlsxFileException(Reason.TOO_MANY_ROWS, null, maxRows);
			}
			rows.add(new Row<>(number, values));
		}

		private Map<Integer, C> header(Map<Integer, Cell> labels) throws XlsxFileException {
			Map<Integer, C> found = new HashMap<>();
			labels.forEach((index, label) -> header.apply(label.text())
				.filter(column -> !found.containsValue(column))
				.ifPresent(column -> found.put(index, column)));
			if (found.isEmpty()) {
				throw new XlsxFileException(Reason.NO_HEADER, null);
			}
			List<C> missing = required.stream().filter(c -> !found.containsValue(c)).sorted().toList();
			if (!missing.isEmpty()) {
				throw new XlsxFileException(Reason.MISSING_COLUMNS, null, missing);
			}
			return found;
		}

		List<Row<C>> rows() throws XlsxFileException {
			if (columns == null) {
				throw new XlsxFileException(Reason.NO_HEADER, null);
			}
			if (rows.isEmpty()) {
				throw new XlsxFileException(Reason.NO_ROWS, null);
			}
			return List.copyOf(rows);
		}

	}

}
