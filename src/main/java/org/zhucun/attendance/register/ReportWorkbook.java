package org.zhucun.attendance.register;

import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhucun.common.excel.XlsxTemplates;

/** The attendance report (ATT-7) as a workbook: one sheet of people by unit, one of work teams for a year. */
@Component
class ReportWorkbook {

	private final MessageSource messages;

	ReportWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	byte[] write(AttendanceReport report, Locale locale) {
		return XlsxTemplates.write(workbook -> {
			var styles = XlsxTemplates.Styles.of(workbook);
			Sheet people = workbook.createSheet(text(locale, "attendance.report.people"));
			people.createRow(0)
				.createCell(0)
				.setCellValue(text(locale, "attendance.report.sheetTitle", report.area().name(), report.period().label()));
			Row header = people.createRow(1);
			String[] titles = { "attendance.report.unit", "attendance.person", "attendance.village", "attendance.report.posted",
					"attendance.report.inVillage", "attendance.report.leave", "attendance.report.absent",
					"attendance.report.unregistered", "attendance.report.monthsShort", "attendance.report.unconfirmed" };
			for (int c = 0; c < titles.length; c++) {
				header.createCell(c).setCellValue(text(locale, titles[c], report.minimumDays()));
				header.getCell(c).setCellStyle(styles.header());
				people.setColumnWidth(c, (c < 3 ? 16 : 11) * 256);
			}
			int r = 2;
			for (AttendanceReport.PersonLine line : report.people()) {
				Row row = people.createRow(r++);
				row.createCell(0).setCellValue(line.unitName());
				row.createCell(1).setCellValue(line.name());
				row.createCell(2).setCellValue(line.villageName());
				int[] numbers = { line.postedWorkingDays(), line.inVillage(), line.leave(), line.absent(), line.unregistered(),
						line.monthsShort(), line.monthsUnconfirmed() };
				for (int i = 0; i < numbers.length; i++) {
					row.createCell(3 + i).setCellValue(numbers[i]);
				}
			}
			people.createFreezePane(2, 2);
			if (!report.teams().isEmpty()) {
				Sheet teams = workbook.createSheet(text(locale, "attendance.report.teams"));
				Row th = teams.createRow(0);
				String[] teamTitles = { "attendance.village", "attendance.report.members", "attendance.report.teamDays",
						"attendance.report.required", "attendance.report.shortfall", "attendance.report.arithmetic" };
				for (int c = 0; c < teamTitles.length; c++) {
					th.createCell(c).setCellValue(text(locale, teamTitles[c]));
					th.getCell(c).setCellStyle(styles.header());
					teams.setColumnWidth(c, (c == 5 ? 48 : 12) * 256);
				}
				int t = 1;
				for (AttendanceReport.TeamLine team : report.teams()) {
					Row row = teams.createRow(t++);
					row.createCell(0).setCellValue(team.villageName());
					row.createCell(1).setCellValue(team.members());
					row.createCell(2).setCellValue(team.year().days().doubleValue());
					row.createCell(3).setCellValue(team.year().required());
					row.createCell(4).setCellValue(team.year().shortfall().doubleValue());
					row.createCell(5).setCellValue(text(locale, "attendance.report.teamArithmetic", team.year().yearWorkingDays(),
							team.year().membersInVillage(), team.year().membersPosted(), team.year().days().toPlainString()));
				}
			}
		});
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
