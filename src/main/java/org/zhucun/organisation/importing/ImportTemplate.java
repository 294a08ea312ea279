package org.zhucun.organisation.importing;

import static org.zhucun.organisation.importing.ImportColumn.CODE;
import static org.zhucun.organisation.importing.ImportColumn.LEVEL;
import static org.zhucun.organisation.importing.ImportColumn.PARENT_CODE;
import static org.zhucun.organisation.importing.ImportColumn.POOR_VILLAGE;
import static org.zhucun.organisation.importing.ImportColumn.WEAK_PARTY_ORGANISATION;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.zhucun.organisation.NodeLevel;

/**
 * The import template in the user's language: the data sheet with its header, two example rows and
 * pick lists for the level and 是/否 columns, then a sheet explaining each column. Code columns are
 * formatted as text so that Excel keeps long codes whole.
 */
@Component
class ImportTemplate {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final int[] COLUMN_WIDTHS = { 16, 20, 10, 16, 16, 18, 12, 12, 20, 12 };

	private static final List<String> NOTES = List.of("import.template.note.header", "import.template.note.examples",
			"import.template.note.allOrNothing", "import.template.note.maxRows", "import.template.note.existing",
			"import.template.note.scope");

	private final MessageSource messages;

	private final int maxRows;

	ImportTemplate(MessageSource messages, @Value(OrgImportService.MAX_ROWS) int maxRows) {
		this.messages = messages;
		this.maxRows = maxRows;
	}

	/** The template as a file to download. */
	ResponseEntity<byte[]> download(Locale locale) {
		ContentDisposition disposition = ContentDisposition.attachment()
			.filename(text(locale, "import.template.fileName"), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(build(locale));
	}

	byte[] build(Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Styles styles = new Styles(workbook);
			dataSheet(workbook, styles, locale);
			helpSheet(workbook, styles, locale);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void dataSheet(Workbook workbook, Styles styles, Locale locale) {
		Sheet sheet = workbook.createSheet(text(locale, "import.template.dataSheet"));
		Row header = sheet.createRow(0);
		for (ImportColumn column : ImportColumn.values()) {
			int index = column.ordinal();
			header.createCell(index).setCellValue(text(locale, column.headerKey()));
			header.getCell(index).setCellStyle(styles.header);
			sheet.setColumnWidth(index, COLUMN_WIDTHS[index] * 256);
		}
		sheet.setDefaultColumnStyle(CODE.ordinal(), styles.text);
		sheet.setDefaultColumnStyle(PARENT_CODE.ordinal(), styles.text);
		sheet.createFreezePane(0, 1);
		String yes = text(locale, "common.yes");
		String no = text(locale, "common.no");
		example(sheet.createRow(1), styles, "641101099", text(locale, "import.template.example.township"),
				text(locale, NodeLevel.TOWNSHIP.messageKey()), "641101");
		Row village = example(sheet.createRow(2), styles, "641101099001", text(locale, "import.template.example.village"),
				text(locale, NodeLevel.VILLAGE.messageKey()), "641101099");
		village.createCell(POOR_VILLAGE.ordinal()).setCellValue(yes);
		village.createCell(WEAK_PARTY_ORGANISATION.ordinal()).setCellValue(no);
		village.createCell(ImportColumn.LATITUDE.ordinal()).setCellValue(38.79);
		village.createCell(ImportColumn.LONGITUDE.ordinal()).setCellValue(106.52);
		village.createCell(ImportColumn.GEOFENCE_RADIUS.ordinal()).setCellValue(500);
		village.createCell(ImportColumn.RESIDENT_POPULATION.ordinal()).setCellValue(1200);
		String[] levels = Arrays.stream(NodeLevel.values()).map(l -> text(locale, l.messageKey())).toArray(String[]::new);
		pickList(sheet, LEVEL, levels, locale);
		pickList(sheet, POOR_VILLAGE, new String[] { yes, no }, locale);
		pickList(sheet, WEAK_PARTY_ORGANISATION, new String[] { yes, no }, locale);
	}

	private static Row example(Row row, Styles styles, String code, String name, String level, String parentCode) {
		row.createCell(CODE.ordinal()).setCellValue(code);
		row.getCell(CODE.ordinal()).setCellStyle(styles.text);
		row.createCell(ImportColumn.NAME.ordinal()).setCellValue(name);
		row.createCell(LEVEL.ordinal()).setCellValue(level);
		row.createCell(PARENT_CODE.ordinal()).setCellValue(parentCode);
		row.getCell(PARENT_CODE.ordinal()).setCellStyle(styles.text);
		return row;
	}

	private void pickList(Sheet sheet, ImportColumn column, String[] values, Locale locale) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(values),
				new CellRangeAddressList(1, maxRows, column.ordinal(), column.ordinal()));
		validation.setShowErrorBox(true);
		validation.createErrorBox(text(locale, "import.template.pickList.title"),
				text(locale, "import.template.pickList.message", String.join(" / ", values)));
		sheet.addValidationData(validation);
	}

	private void helpSheet(Workbook workbook, Styles styles, Locale locale) {
		Sheet sheet = workbook.createSheet(text(locale, "import.template.helpSheet"));
		Row header = sheet.createRow(0);
		List<String> titles = List.of("import.template.help.column", "import.template.help.requirement",
				"import.template.help.description");
		for (int i = 0; i < titles.size(); i++) {
			header.createCell(i).setCellValue(text(locale, titles.get(i)));
			header.getCell(i).setCellStyle(styles.header);
		}
		sheet.setColumnWidth(0, 20 * 256);
		sheet.setColumnWidth(1, 16 * 256);
		sheet.setColumnWidth(2, 70 * 256);
		int r = 1;
		for (ImportColumn column : ImportColumn.values()) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(text(locale, column.headerKey()));
			row.createCell(1).setCellValue(text(locale, column.requirementKey()));
			row.createCell(2).setCellValue(text(locale, column.helpKey()));
			row.getCell(2).setCellStyle(styles.wrapped);
		}
		r++;
		for (String note : NOTES) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(text(locale, note, String.valueOf(maxRows)));
		}
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	/** The few cell styles of the template, made once per workbook. */
	private static final class Styles {

		final CellStyle header;

		final CellStyle text;

		final CellStyle wrapped;

		Styles(Workbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			header = workbook.createCellStyle();
			header.setFont(bold);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			header.setBorderBottom(BorderStyle.THIN);
			text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			wrapped = workbook.createCellStyle();
			wrapped.setWrapText(true);
		}

	}

}
