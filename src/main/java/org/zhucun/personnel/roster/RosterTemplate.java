package org.zhucun.personnel.roster;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.zhucun.common.excel.XlsxTemplates;
import org.zhucun.common.excel.XlsxTemplates.Styles;
import org.zhucun.personnel.AssignmentRole;
import org.zhucun.personnel.Gender;
import org.zhucun.personnel.PoliticalStatus;

/**
 * The roster template in the user's language (PER-5): the data sheet with the header of every column
 * (required ones in dark red) and pick lists for 性别, 政治面貌, 是否公务员, 驻村身份 and 是否任队长, then a
 * sheet explaining each column. Code, ID number and phone columns are formatted as text so that Excel
 * keeps every digit; date columns show {@code 2026-03-01}. It holds no record of anyone, so it is the
 * same for every user.
 */
@Component
class RosterTemplate {

	static final MediaType XLSX = XlsxTemplates.XLSX;

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
		return XlsxTemplates.attachment(text(locale, "roster.template.fileName"), build(locale));
	}

	byte[] build(Locale locale) {
		return XlsxTemplates.write(workbook -> {
			Styles styles = Styles.of(workbook);
			dataSheet(workbook, styles, locale);
			XlsxTemplates.instructions(workbook, styles, text(locale, "roster.template.helpSheet"),
					List.of(text(locale, "roster.template.help.column"), text(locale, "roster.template.help.requirement"),
							text(locale, "roster.template.help.description")),
					Arrays.stream(RosterColumn.values())
						.map(c -> new String[] { text(locale, c.headerKey()), text(locale, c.requirementKey(), termYears),
								text(locale, c.helpKey(), termYears) })
						.toList(),
					NOTES.stream().map(note -> text(locale, note, maxRows)).toList());
		});
	}

	private void dataSheet(Workbook workbook, Styles styles, Locale locale) {
		Sheet sheet = workbook.createSheet(text(locale, "roster.template.dataSheet"));
		XlsxTemplates.header(sheet, Arrays.stream(RosterColumn.values()).map(c -> text(locale, c.headerKey())).toList(),
				styles);
		Row header = sheet.getRow(0);
		CellStyle required = requiredHeader(workbook, styles);
		for (RosterColumn column : RosterColumn.values()) {
			int index = column.ordinal();
			if (column.required()) {
				header.getCell(index).setCellStyle(required);
			}
			sheet.setColumnWidth(index, column.width() * 256);
			if (column.text()) {
				sheet.setDefaultColumnStyle(index, styles.text());
			}
			else if (column.date()) {
				sheet.setDefaultColumnStyle(index, styles.date());
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

	/** The header style in dark red: a column every row must fill. */
	private static CellStyle requiredHeader(Workbook workbook, Styles styles) {
		Font boldRed = workbook.createFont();
		boldRed.setBold(true);
		boldRed.setColor(IndexedColors.DARK_RED.getIndex());
		CellStyle required = workbook.createCellStyle();
		required.cloneStyleFrom(styles.header());
		required.setFont(boldRed);
		return required;
	}

	private <T> String[] labels(Locale locale, T[] values, Function<T, String> key) {
		return Arrays.stream(values).map(v -> text(locale, key.apply(v))).toArray(String[]::new);
	}

	private void pickList(Sheet sheet, RosterColumn column, String[] values, Locale locale) {
		XlsxTemplates.pickList(sheet, column.ordinal(), maxRows, values, text(locale, "roster.template.pickList.title"),
				text(locale, "roster.template.pickList.message", String.join(" / ", values)));
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, Arrays.stream(args).map(String::valueOf).toArray(), locale);
	}

}
