package org.zhucun.personnel.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

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
import org.zhucun.personnel.AssignmentRole;
import org.zhucun.personnel.Gender;
import org.zhucun.personnel.PoliticalStatus;

/**
 * The roster template in the user's language (PER-5): the data sheet with the header of every column
 * and pick lists for 性别, 政治面貌, 是否公务员, 驻村身份 and 是否任队长, then a sheet explaining each column.
 * Code, ID number and phone columns are formatted as text so that Excel keeps every digit; date
 * columns show {@code 2026-03-01}. It holds no record of anyone, so it is the same for every user.
 */
@Component
class RosterTemplate {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final List<String> NOTES = List.of("roster.template.note.header", "roster.template.note.allOrNothing",
			"roster.template.note.maxRows", "roster.template.note.postingOptional", "roster.template.note.scope",
			"roster.template.note.existing");

	private final MessageSource messages;

	private final int maxRows;

	private final int termYears;

	RosterTemplate(MessageSource messages, @Value(RosterImportService.MAX_ROWS) int maxRows,
			@Value(RosterImportService.TERM_YEARS) int termYears) {
		this.messages = messages;
		this.maxRows = maxRows;
		this.termYears = termYears;
	}

	/** The template as a file to download. */
	ResponseEntity<byte[]> download(Locale locale) {
		ContentDisposition disposition = ContentDisposition.attachment()
			.filename(text(locale, "roster.template.fileName"), StandardCharsets.UTF_8)
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
		Sheet sheet = workbook.createSheet(text(locale, "roster.template.dataSheet"));
		Row header = sheet.createRow(0);
		for (RosterColumn column : RosterColumn.values()) {
			int index = column.ordinal();
			header.createCell(index).setCellValue(text(locale, column.headerKey()));
			header.getCell(index).setCellStyle(column.required() ? styles.requiredHeader : styles.header);
			sheet.setColumnWidth(index, column.width() * 256);
			if (column.text()) {
				sheet.setDefaultColumnStyle(index, styles.text);
			}
			else if (column.date()) {
				sheet.setDefaultColumnStyle(index, styles.date);
			}
		}
		sheet.createFreezePane(0, 1);
		String[] yesNo = { text(locale, "common.yes"), text(locale, "common.no") };
		pickList(sheet, RosterColumn.GENDER, labels(locale, Gender.values(), Gender::messageKey), locale);
		pickList(sheet, RosterColumn.POLITICAL_STATUS,
				labels(locale, PoliticalStatus.values(), PoliticalStatus::messageKey), locale);
		pickList(sheet, RosterColumn.CIVIL_SERVANT, yesNo, locale);
		pickList(sheet, RosterColumn.ROLE, labels(locale, AssignmentRole.values(), AssignmentRole::messageKey), locale);
		pickList(sheet, RosterColumn.LEADS_TEAM, yesNo, locale);
	}

	private <T> String[] labels(Locale locale, T[] values, Function<T, String> key) {
		return Arrays.stream(values).map(v -> text(locale, key.apply(v))).toArray(String[]::new);
	}

	private void pickList(Sheet sheet, RosterColumn column, String[] values, Locale locale) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(values),
				new CellRangeAddressList(1, maxRows, column.ordinal(), column.ordinal()));
		validation.setShowErrorBox(true);
		validation.createErrorBox(text(locale, "roster.template.pickList.title"),
				text(locale, "roster.template.pickList.message", String.join(" / ", values)));
		sheet.addValidationData(validation);
	}

	private void helpSheet(Workbook workbook, Styles styles, Locale locale) {
		Sheet sheet = workbook.createSheet(text(locale, "roster.template.helpSheet"));
		Row header = sheet.createRow(0);
		List<String> titles = List.of("roster.template.help.column", "roster.template.help.requirement",
				"roster.template.help.description");
		for (int i = 0; i < titles.size(); i++) {
			header.createCell(i).setCellValue(text(locale, titles.get(i)));
			header.getCell(i).setCellStyle(styles.header);
		}
		sheet.setColumnWidth(0, 18 * 256);
		sheet.setColumnWidth(1, 22 * 256);
		sheet.setColumnWidth(2, 80 * 256);
		int r = 1;
		for (RosterColumn column : RosterColumn.values()) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(text(locale, column.headerKey()));
			row.createCell(1).setCellValue(text(locale, column.requirementKey(), String.valueOf(termYears)));
			row.createCell(2).setCellValue(text(locale, column.helpKey(), String.valueOf(termYears)));
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

		final CellStyle requiredHeader;

		final CellStyle text;

		final CellStyle date;

		final CellStyle wrapped;

		Styles(Workbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			header = workbook.createCellStyle();
			header.setFont(bold);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			header.setBorderBottom(BorderStyle.THIN);
			Font boldRed = workbook.createFont();
			boldRed.setBold(true);
			boldRed.setColor(IndexedColors.DARK_RED.getIndex());
			requiredHeader = workbook.createCellStyle();
			requiredHeader.cloneStyleFrom(header);
			requiredHeader.setFont(boldRed);
			text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			wrapped = workbook.createCellStyle();
			wrapped.setWrapText(true);
		}

	}

}
