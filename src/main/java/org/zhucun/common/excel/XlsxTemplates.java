package org.zhucun.common.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The parts every import template shares: the download, the cell styles, pick lists on a column and
 * the sheet that explains each column. Each import decides its columns and words.
 */
public final class XlsxTemplates {

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private XlsxTemplates() {
	}

	/** A workbook as a file to download under this name. */
	public static ResponseEntity<byte[]> attachment(String fileName, byte[] workbook) {
		ContentDisposition disposition = ContentDisposition.attachment()
			.filename(fileName, StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(workbook);
	}

	/** A new workbook, filled by {@code content}, as the bytes of an .xlsx. */
	public static byte[] write(Consumer<XSSFWorkbook> content) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			content.accept(workbook);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A drop-down list on rows 1 to {@code lastRow} of the column; Excel refuses anything else with
	 * this error box.
	 */
	public static void pickList(Sheet sheet, int column, int lastRow, String[] values, String errorTitle,
			String errorMessage) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(values),
				new CellRangeAddressList(1, lastRow, column, column));
		validation.setShowErrorBox(true);
		validation.createErrorBox(errorTitle, errorMessage);
		sheet.addValidationData(validation);
	}

	/** The first row of a sheet: the titles, in the header style. */
	public static void header(Sheet sheet, List<String> titles, Styles styles) {
		Row header = sheet.createRow(0);
		for (int i = 0; i < titles.size(); i++) {
			header.createCell(i).setCellValue(titles.get(i));
			header.getCell(i).setCellStyle(styles.header());
		}
	}

	/**
	 * The sheet explaining the template: a header of three titles (column, required, description), a
	 * row of three texts for each column, then after a blank row one note a row.
	 */
	public static void instructions(Workbook workbook, Styles styles, String sheetName, List<String> titles,
			List<String[]> columns, List<String> notes) {
		Sheet sheet = workbook.createSheet(sheetName);
		header(sheet, titles, styles);
		sheet.setColumnWidth(0, 20 * 256);
		sheet.setColumnWidth(1, 20 * 256);
		sheet.setColumnWidth(2, 75 * 256);
		int r = 1;
		for (String[] column : columns) {
			Row row = sheet.createRow(r++);
			for (int i = 0; i < column.length; i++) {
				row.createCell(i).setCellValue(column[i]);
			}
			row.getCell(column.length - 1).setCellStyle(styles.wrapped());
		}
		r++;
		for (String note : notes) {
			sheet.createRow(r++).createCell(0).setCellValue(note);
		}
	}

	/**
	 * A sheet of a list export: the titles in the header style, then a row for each list of values —
	 * numbers (BigDecimal included) as numbers, dates as dates, anything else as text; null leaves the cell empty.
	 */
	public static void table(Workbook workbook, String sheetName, List<String> titles, List<List<Object>> rows) {
		Styles styles = Styles.of(workbook);
		Sheet sheet = workbook.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(sheetName));
		header(sheet, titles, styles);
		int r = 1;
		for (List<Object> values : rows) {
			Row row = sheet.createRow(r++);
			for (int c = 0; c < values.size(); c++) {
				Object v = values.get(c);
				var cell = row.createCell(c);
				if (v instanceof Number n) {
					cell.setCellValue(n.doubleValue());
				}
				else if (v instanceof java.time.LocalDate day) {
					cell.setCellValue(day);
					cell.setCellStyle(styles.date());
				}
				else if (v != null) {
					cell.setCellValue(v.toString());
				}
			}
		}
		for (int c = 0; c < titles.size(); c++) {
			sheet.setColumnWidth(c, 16 * 256);
		}
		sheet.createFreezePane(0, 1);
	}

	/** The cell styles of a template, made once per workbook: header, text (keeps every digit), date, wrapped. */
	public record Styles(CellStyle header, CellStyle text, CellStyle date, CellStyle wrapped) {

		public static Styles of(Workbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			header.setBorderBottom(BorderStyle.THIN);
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			CellStyle wrapped = workbook.createCellStyle();
			wrapped.setWrapText(true);
			return new Styles(header, text, date, wrapped);
		}

	}

}
