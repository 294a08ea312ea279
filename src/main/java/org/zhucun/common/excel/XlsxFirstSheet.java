package org.zhucun.common.excel;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
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

import org.zhucun.common.excel.XlsxFileException.Reason;

/**
 * Streams the first sheet of an uploaded .xlsx row by row with POI's event API instead of loading it
 * whole, so that an import can refuse a file over its row limit as soon as the limit is passed.
 * Blank rows are skipped. Numbers keep every digit (641101001001, not 6.41101E+11), date cells read as
 * ISO dates ({@code 2026-03-01}). Every failure of POI becomes an {@link XlsxFileException} with a
 * reason the user can act on, never a 500.
 */
public final class XlsxFirstSheet {

	private static final Logger log = LoggerFactory.getLogger(XlsxFirstSheet.class);

	private XlsxFirstSheet() {
	}

	/** One non-blank cell: its text, and whether Excel stored it as a number (or date). */
	public record Cell(String text, boolean number) {
	}

	/**
	 * Receives the rows of the sheet. It may stop the reading by throwing its own exception, which
	 * {@link XlsxFirstSheet#read} passes on unchanged.
	 */
	@FunctionalInterface
	public interface RowHandler<E extends Exception> {

		/** A row with at least one non-blank cell: its number as Excel shows it, cells by column index from 0. */
		void row(int number, Map<Integer, Cell> cells) throws E;

	}

	/** Reads the first sheet of {@code input}, handing each non-blank row to {@code rows}. */
	public static <E extends Exception> void read(InputStream input, RowHandler<E> rows) throws XlsxFileException, E {
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
				throw new XlsxFileException(Reason.NOT_XLSX, null);
			}
			readFirstSheet(workbook, rows);
		}
		finally {
			workbook.revert();
		}
	}

	private static void requireXlsx(InputStream in) throws XlsxFileException {
		FileMagic magic;
		try {
			magic = FileMagic.valueOf(in);
		}
		catch (EmptyFileException ex) {
			throw new XlsxFileException(Reason.EMPTY, null);
		}
		catch (IOException ex) {
			throw malformed(ex);
		}
		if (magic == FileMagic.OLE2) {
			throw new XlsxFileException(Reason.LEGACY_OR_ENCRYPTED, null);
		}
		if (magic != FileMagic.OOXML) {
			throw new XlsxFileException(Reason.NOT_XLSX, null);
		}
	}

	private static boolean isSpreadsheet(OPCPackage workbook) {
		return Stream.of(XSSFRelation.WORKBOOK, XSSFRelation.MACROS_WORKBOOK, XSSFRelation.TEMPLATE_WORKBOOK,
				XSSFRelation.MACRO_TEMPLATE_WORKBOOK)
			.anyMatch(type -> !workbook.getPartsByContentType(type.getContentType()).isEmpty());
	}

	@SuppressWarnings("unchecked")
	private static <E extends Exception> void readFirstSheet(OPCPackage workbook, RowHandler<E> rows)
			throws XlsxFileException, E {
		try {
			XSSFReader reader = new XSSFReader(workbook);
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new XlsxFileException(Reason.NO_SHEET, null);
			}
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
			try (InputStream sheet = sheets.next()) {
				PlainNumbers numbers = new PlainNumbers();
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
						new RowCollector<>(rows, numbers), numbers, false));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (XlsxFileException ex) {
			throw ex;
		}
		catch (Exception ex) {
			Stop stop = stopIn(ex);
			if (stop != null && stop.reason instanceof RuntimeException unchecked) {
				throw unchecked;
			}
			if (stop != null) {
				throw (E) stop.reason;
			}
			throw malformed(ex);
		}
	}

	private static XlsxFileException malformed(Exception ex) {
		log.info("Refused an uploaded file that cannot be read: {}", ex.getClass().getSimpleName());
		return new XlsxFileException(Reason.MALFORMED, ex);
	}

	/** The handler's exception, if that is what ended the parse (a parser may wrap it). */
	private static Stop stopIn(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof Stop stop) {
				return stop;
			}
		}
		return null;
	}

	/** Gathers the cells of each row and hands the non-blank rows on. */
	private static final class RowCollector<E extends Exception> implements SheetContentsHandler {

		private final RowHandler<E> rows;

		private final PlainNumbers numbers;

		private Map<Integer, Cell> cells = new HashMap<>();

		private int nextColumn;

		RowCollector(RowHandler<E> rows, PlainNumbers numbers) {
			this.rows = rows;
			this.numbers = numbers;
		}

		@Override
		public void startRow(int rowNum) {
			cells = new HashMap<>();
			nextColumn = 0;
			numbers.formatted = false;
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = reference == null ? nextColumn : new CellReference(reference).getCol();
			nextColumn = column + 1;
			boolean number = numbers.formatted;
			numbers.formatted = false;
			if (value != null && !value.isBlank()) {
				cells.put(column, new Cell(value, number));
			}
		}

		@Override
		public void endRow(int rowNum) {
			if (cells.isEmpty()) {
				return;
			}
			try {
				rows.row(rowNum + 1, Collections.unmodifiableMap(cells));
			}
			catch (Exception ex) {
				// passed on unchanged by read(), not taken for a damaged file
				throw new Stop(ex);
			}
		}

	}

	/**
	 * Shows a number as the digits it holds (641101001001, 38.79), not as Excel's General format would
	 * (6.41101E+11): codes typed as numbers must keep every digit. A date shows as {@code 2026-03-01},
	 * whatever format the cell has. Notes that the cell just read was a number.
	 */
	private static final class PlainNumbers extends DataFormatter {

		boolean formatted;

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString,
				boolean use1904Windowing) {
			formatted = true;
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
			}
			return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
		}

	}

	/** Carries the handler's exception out of the SAX callbacks, which cannot throw a checked one. */
	private static final class Stop extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final transient Exception reason;

		Stop(Exception reason) {
			super(null, null, false, false);
			this.reason = reason;
		}

	}

}
