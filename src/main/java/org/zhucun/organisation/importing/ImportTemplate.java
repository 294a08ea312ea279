package org.zhucun.organisation.importing;

import static org.zhucun.organisation.importing.ImportColumn.CODE;
import static org.zhucun.organisation.importing.ImportColumn.LEVEL;
import static org.zhucun.organisation.importing.ImportColumn.PARENT_CODE;
import static org.zhucun.organisation.importing.ImportColumn.POOR_VILLAGE;
import static org.zhucun.organisation.importing.ImportColumn.WEAK_PARTY_ORGANISATION;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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
import org.zhucun.organisation.NodeLevel;

/**
 * The import template in the user's language: the data sheet with its header, two example rows and
 * pick lists for the level and 是/否 columns, then a sheet explaining each column. Code columns are
 * formatted as text so that Excel keeps long codes whole.
 */
@Component
class ImportTemplate {

	static final MediaType XLSX = XlsxTemplates.XLSX;

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
		return XlsxTemplates.attachment(text(locale, "import.template.fileName"), build(locale));
	}

	byte[] build(Locale locale) {
		return XlsxTemplates.write(workbook -> {
			Styles styles = Styles.of(workbook);
			dataSheet(workbook, styles, locale);
			XlsxTemplates.instructions(workbook, styles, text(locale, "import.template.helpSheet"),
					List.of(text(locale, "import.template.help.column"), text(locale, "import.template.help.requirement"),
							text(locale, "import.template.help.description")),
					Arrays.stream(ImportColumn.values())
						.map(c -> new String[] { text(locale, c.headerKey()), text(locale, c.requirementKey()),
								text(locale, c.helpKey()) })
						.toList(),
					NOTES.stream().map(note -> text(locale, note, String.valueOf(maxRows))).toList());
		});
	}

	private void dataSheet(Workbook workbook, Styles styles, Locale locale) {
		Sheet sheet = workbook.createSheet(text(locale, "import.template.dataSheet"));
		XlsxTemplates.header(sheet, Arrays.stream(ImportColumn.values()).map(c -> text(locale, c.headerKey())).toList(),
				styles);
		for (ImportColumn column : ImportColumn.values()) {
			sheet.setColumnWidth(column.ordinal(), COLUMN_WIDTHS[column.ordinal()] * 256);
		}
		sheet.setDefaultColumnStyle(CODE.ordinal(), styles.text());
		sheet.setDefaultColumnStyle(PARENT_CODE.ordinal(), styles.text());
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
		row.getCell(CODE.ordinal()).setCellStyle(styles.text());
		row.createCell(ImportColumn.NAME.ordinal()).setCellValue(name);
		row.createCell(LEVEL.ordinal()).setCellValue(level);
		row.createCell(PARENT_CODE.ordinal()).setCellValue(parentCode);
		row.getCell(PARENT_CODE.ordinal()).setCellStyle(styles.text());
		return row;
	}

	private void pickList(Sheet sheet, ImportColumn column, String[] values, Locale locale) {
		XlsxTemplates.pickList(sheet, column.ordinal(), maxRows, values, text(locale, "import.template.pickList.title"),
				text(locale, "import.template.pickList.message", String.join(" / ", values)));
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
