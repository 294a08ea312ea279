package org.zhucun.supervision.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhucun.common.excel.XlsxTemplates;
import org.zhucun.supervision.TrainingRecords.TrainingSummary;
import org.zhucun.supervision.discipline.DisciplineRecord;
import org.zhucun.supervision.discipline.Inspection;

/** The exports of TRN-1 (the shortfall list) and SUP-1/2 (inspections and discipline records). */
@Component
class SupervisionWorkbook {

	private final MessageSource messages;

	SupervisionWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	byte[] shortfalls(List<TrainingSummary> list, Locale locale) {
		List<String[]> rows = new ArrayList<>();
		for (TrainingSummary s : list) {
			rows.add(new String[] { s.personName(), String.valueOf(s.offJobDays()), String.valueOf(s.minimum()),
					String.valueOf(s.shortfall()), String.join("；", s.courses()) });
		}
		return XlsxTemplates.write(workbook -> sheet(workbook, text(locale, "trn.shortfalls"), List.of(text(locale, "sup.person"),
				text(locale, "trn.offJobDays"), text(locale, "trn.minimum"), text(locale, "trn.short"), text(locale, "trn.courses")),
				rows));
	}

	byte[] supervision(List<Inspection> inspections, List<DisciplineRecord> records, Locale locale) {
		List<String[]> inspectionRows = new ArrayList<>();
		for (Inspection i : inspections) {
			inspectionRows.add(new String[] { i.getInspectedOn().toString(), text(locale, i.getLevel().messageKey()), i.getTeam(),
					i.getSummary() == null ? "" : i.getSummary() });
		}
		List<String[]> recordRows = new ArrayList<>();
		for (DisciplineRecord r : records) {
			recordRows.add(new String[] { r.getIssuedOn().toString(), r.getPersonName(), text(locale, r.getKind().messageKey()),
					r.getSeverity() == null ? "" : text(locale, r.getSeverity().messageKey()), r.getIssuingBody(), r.getSummary() });
		}
		return XlsxTemplates.write(workbook -> {
			sheet(workbook, text(locale, "sup.inspections"), List.of(text(locale, "sup.date"), text(locale, "sup.level"),
					text(locale, "sup.team"), text(locale, "sup.summary")), inspectionRows);
			sheet(workbook, text(locale, "sup.records"), List.of(text(locale, "sup.date"), text(locale, "sup.person"),
					text(locale, "sup.kind"), text(locale, "sup.severity"), text(locale, "sup.issuingBody"),
					text(locale, "sup.summary")), recordRows);
		});
	}

	private static void sheet(XSSFWorkbook workbook, String name, List<String> titles, List<String[]> rows) {
		Sheet sheet = workbook.createSheet(name);
		XlsxTemplates.header(sheet, titles, XlsxTemplates.Styles.of(workbook));
		int r = 1;
		for (String[] values : rows) {
			Row row = sheet.createRow(r++);
			for (int c = 0; c < values.length; c++) {
				row.createCell(c).setCellValue(values[c]);
			}
		}
	}

	private String text(Locale locale, String key) {
		return messages.getMessage(key, null, key, locale);
	}

}
