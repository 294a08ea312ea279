package org.zhucun.organisation.importing;

import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.zhucun.common.excel.XlsxFileException;
import org.zhucun.common.excel.XlsxTable;

/**
 * Reads the first sheet of an uploaded .xlsx into {@link ImportRow}s ({@link XlsxTable}: the first
 * non-blank row is the header, blank rows are skipped, a file over the row limit is refused as soon as
 * the limit is passed); every failure becomes an {@link ImportFileException} the user can act on,
 * never a 500.
 */
final class WorkbookReader {

	private final ImportVocabulary vocabulary;

	private final int maxRows;

	WorkbookReader(ImportVocabulary vocabulary, int maxRows) {
		this.vocabulary = vocabulary;
		this.maxRows = maxRows;
	}

	List<ImportRow> read(InputStream input) throws ImportFileException {
		List<XlsxTable.Row<ImportColumn>> rows;
		try {
			rows = XlsxTable.read(input, ImportColumn.class, vocabulary::column, Set.of(ImportColumn.values()), maxRows);
		}
		catch (XlsxFileException ex) {
			throw new ImportFileException(ex, ex.reason().messageKey("import.file"), ex.argument());
		}
		return rows.stream().map(WorkbookReader::row).toList();
	}

	private static ImportRow row(XlsxTable.Row<ImportColumn> row) {
		Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
		row.cells().forEach((column, cell) -> values.put(column, cell.text()));
		return new ImportRow(row.number(), values);
	}

}
