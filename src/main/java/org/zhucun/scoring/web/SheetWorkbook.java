package org.zhucun.scoring.web;

import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.springframework.stereotype.Component;
import org.zhucun.common.excel.XlsxTemplates;

/**
 * A filled sheet as .xlsx (FRM-2) in the annex's columns — 考评内容, 考评指标, 赋分, 评分标准, 得分 — plus
 * the arithmetic and the evidence of every line (SCO-X), the totals, and the template's flags.
 */
@Component
class SheetWorkbook {

	private final SheetView views;

	SheetWorkbook(SheetView views) {
		this.views = views;
	}

	byte[] write(SheetView.Sheet sheet, Locale locale) {
		return XlsxTemplates.write(workbook -> {
			XlsxTemplates.Styles styles = XlsxTemplates.Styles.of(workbook);
			Sheet s = workbook.createSheet(sheet.annex().replaceAll("[\\\\/?*\\[\\]:]", " "));
			int r = 0;
			Row title = s.createRow(r++);
			title.createCell(0).setCellValue(views.text("scoring.sheet.title", locale, sheet.name(), String.valueOf(sheet.year())));
			s.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
			Row info = s.createRow(r++);
			info.createCell(0).setCellValue(sheet.templateText() + "  " + sheet.villageName()
					+ (sheet.unitName().isEmpty() ? "" : " · " + sheet.unitName()));
			s.addMergedRegion(new CellRangeAddress(1, 1, 0, 6));
			Row header = s.createRow(r++);
			List<String> titles = List.of("scoring.col.part", "scoring.col.item", "scoring.col.maximum", "scoring.col.rule",
					"scoring.col.score", "scoring.col.arithmetic", "scoring.col.evidence");
			for (int c = 0; c < titles.size(); c++) {
				cell(header, c, views.text(titles.get(c), locale), styles.header());
			}
			for (SheetView.Row row : sheet.rows()) {
				Row x = s.createRow(r++);
				cell(x, 0, row.part() ? row.code() + " " + row.name() : "", styles.wrapped());
				cell(x, 1, row.part() ? "" : row.code() + " " + row.name(), styles.wrapped());
				cell(x, 2, row.maximum(), styles.text());
				cell(x, 3, row.rule(), styles.wrapped());
				cell(x, 4, row.score(), styles.text());
				cell(x, 5, row.arithmetic(), styles.wrapped());
				StringBuilder evidence = new StringBuilder();
				row.evidence().forEach(e -> evidence.append(evidence.isEmpty() ? "" : "\n").append(e.text()));
				row.raterScores().forEach(sc -> evidence.append(evidence.isEmpty() ? "" : "\n")
					.append(sc.rater()).append(' ').append(sc.name()).append('：').append(sc.score())
					.append(sc.reason().isEmpty() ? "" : "（" + sc.reason() + "）"));
				cell(x, 6, evidence.toString(), styles.wrapped());
			}
			r++;
			for (String[] total : new String[][] { { "scoring.sheet.base", sheet.base() }, { "scoring.sheet.bonus", sheet.bonus() },
					{ "scoring.sheet.total", sheet.total() } }) {
				Row x = s.createRow(r++);
				cell(x, 3, views.text(total[0], locale), styles.header());
				cell(x, 4, total[1], styles.text());
			}
			Row state = s.createRow(r++);
			cell(state, 0, views.text(sheet.complete() ? "scoring.sheet.complete" : "scoring.sheet.incomplete", locale),
					styles.wrapped());
			for (String flag : sheet.flags()) {
				cell(s.createRow(r++), 0, flag, styles.wrapped());
			}
			int[] widths = { 18, 30, 8, 50, 8, 40, 40 };
			for (int c = 0; c < widths.length; c++) {
				s.setColumnWidth(c, widths[c] * 256);
			}
		});
	}

	private static void cell(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value == null ? "" : value);
		cell.setCellStyle(style);
	}

}
