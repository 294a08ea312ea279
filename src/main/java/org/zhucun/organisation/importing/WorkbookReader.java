package org.zhucun.organisation.importing;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an uploaded .xlsx into {@link ImportRow}s: the first non-blank row is the
 * header, blank rows are skipped. The sheet is streamed with POI's event API instead of being loaded
 * whole, so that a file over the row limit is refused as soon as the limit is passed; every failure
 * of POI becomes an {@link ImportFileException} the user can act on, never a 500.
 */
final class WorkbookReader {

	private static final Logger log = LoggerFactory.getLogger(WorkbookReader.class);

	private final ImportVocabulary vocabulary;

	private final int maxRows;

	WorkbookReader(ImportVocabulary vocabulary, int maxRows) {
		this.vocabulary = vocabulary;
		this.maxRows = maxRows;
	}

	List<ImportRow> read(InputStream input) throws ImportFileException {
		InputStream in = FileMagic.prepareToCheckMagic(input);
		requireXlsx(in);
		OPCPackage workbook;
		try {
			workbook = OPCPackage.open(in);
		}
		catch (IOException | RuntimeException | InvalidFormatException ex) {
			throw malformed(ex);
		}
		try {
			if (!isSpreadsheet(workbook)) {
				// another Office Open XML document (.docx, .pptx) or some other zip file
				throw new ImportFileException("import.file.notXlsx");
			}
			return readFirstSheet(workbook);
		}
		finally {
			workbook.revert();
		}
	}

	private static void requireXlsx(InputStream in) throws ImportFileException {
		FileMagic magic;
		try {
			magic = FileMagic.valueOf(in);
		}
		catch (EmptyFileException ex) {
			throw new ImportFileException("import.file.empty");
		}
		catch (IOException ex) {
			throw malformed(ex);
		}
		if (magic == FileMagic.OLE2) {
			// an .xls of Excel 97-2003, or an .xlsx protected by a password: both are OLE2 containers
			throw new ImportFileException("import.file.legacyOrEncrypted");
		}
		if (magic != FileMagic.OOXML) {
			throw new ImportFileException("import.file.notXlsx");
		}
	}

	private static boolean isSpreadsheet(OPCPackage workbook) {
		return Stream.of(XSSFRelation.WORKBOOK, XSSFRelation.MACROS_WORKBOOK, XSSFRelation.TEMPLATE_WORKBOOK,
				XSSFRelation.MACRO_TEMPLATE_WORKBOOK)
			.anyMatch(type -> !workbook.getPartsByContentType(type.getContentType()).isEmpty());
	}

	private List<ImportRow> readFirstSheet(OPCPackage workbook) throws ImportFileException {
		RowCollector collector = new RowCollector();
		try {
			XSSFReader reader = new XSSFReader(workbook);
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new ImportFileException("import.file.noHeader");
			}
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(
						new XSSFSheetXMLHandler(reader.getStylesTable(), strings, collector, new PlainNumbers(), false));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (ImportFileException ex) {
			throw ex;
		}
		catch (Exception ex) {
			Stop stop = stopIn(ex);
			if (stop != null) {
				throw stop.reason;
			}
			throw malformed(ex);
		}
		return collector.rows();
	}

	private static ImportFileException malformed(Exception ex) {
		log.info("Refused an import file that cannot be read: {}", ex.getClass().getSimpleName());
		return new ImportFileException(ex, "import.file.malformed");
	}

	/** The reason the collector stopped reading, if that is what ended the parse (a parser may wrap it). */
	private static Stop stopIn(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof Stop stop) {
				return stop;
			}
		}
		return null;
	}

	/** Turns the sheet's rows into import rows, the header row telling which column is which. */
	private final class RowCollector implements SheetContentsHandler {

		private final List<ImportRow> rows = new ArrayList<>();

		private Map<Integer, ImportColumn> columns;

		private Map<Integer, String> cells = new HashMap<>();

		private int nextColumn;

		@Override
		public void startRow(int rowNum) {
			cells = new HashMap<>();
			nextColumn = 0;
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = reference == null ? nextColumn : new CellReference(reference).getCol();
			nextColumn = column + 1;
			if (value != null && !value.isBlank()) {
				cells.put(column, value);
			}
		}

		@Override
		public void endRow(int rowNum) {
			if (cells.isEmpty()) {
				return;
			}
			if (columns == null) {
				columns = header(cells);
				return;
			}
			Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
			columns.forEach((index, column) -> values.put(column, cells.get(index)));
			ImportRow row = new ImportRow(rowNum + 1, values);
			if (row.isEmpty()) {
				return;
			}
			if (rows.size() == maxRows) {
				throw new Stop(new ImportFileException("import.file.tooManyRows", maxRows));
			}
			rows.add(row);
		}

		private Map<Integer, ImportColumn> header(Map<Integer, String> labels) {
			Map<Integer, ImportColumn> found = new HashMap<>();
			labels.forEach((index, label) -> vocabulary.column(label)
				.filter(column -> !found.containsValue(column))
				.ifPresent(column -> found.put(index, column)));
			if (found.isEmpty()) {
				throw new Stop(new ImportFileException("import.file.noHeader"));
			}
			List<ImportColumn> missing = new ArrayList<>(List.of(ImportColumn.values()));
			missing.removeAll(found.values());
			if (!missing.isEmpty()) {
				throw new Stop(new ImportFileException("import.file.missingColumns", missing));
			}
			return found;
		}

		List<ImportRow> rows() throws ImportFileException {
			if (columns == null) {
				throw new ImportFileException("import.file.noHeader");
			}
			if (rows.isEmpty()) {
				throw new ImportFileException("import.file.noRows");
			}
			return List.copyOf(rows);
		}

	}

	/**
	 * Shows a number as the digits it holds (641101001001, 38.79), not as Excel's General format
	 * would (6.41101E+11): codes typed as numbers must keep every digit.
	 */
	private static final class PlainNumbers extends DataFormatter {

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString,
				boolean use1904Windowing) {
			if (DateUtil.isADateFormat(formatIndex, formatString)) {
				return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
			}
			return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
		}

	}

	/** Ends the parse from inside the SAX callbacks, which cannot throw a checked exception. */
	private static final class Stop extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final transient ImportFileException reason;

		Stop(ImportFileException reason) {
			super(null, null, false, false);
			this.reason = reason;
		}

	}

}
