package org.zhucun.attendance.register;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhucun.common.excel.XlsxTemplates;

/**
 * The register as the paper register is laid out (ATT-9): a title, one row per person with their
 * village, a column per day of the month holding the one-letter code of each working day
 * (non-working days shaded), the days in the village and the days required, the legend, and who
 * confirmed the month.
 */
@Component
class RegisterWorkbook {

	private static final int FIRST_DAY_COLUMN = 2;

	private final MessageSource messages;

	RegisterWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	byte[] write(Register register, Locale locale) {
		return XlsxTemplates.write(workbook -> fill(workbook, register, locale));
	}

	private void fill(XSSFWorkbook workbook, Register register, Locale locale) {
		Sheet sheet = workbook.createSheet(register.month().toString());
		CellStyle centred = workbook.createCellStyle();
		centred.setAlignment(HorizontalAlignment.CENTER);
		CellStyle shaded = workbook.createCellStyle();
		shaded.cloneStyleFrom(centred);
		shaded.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		shaded.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		int lastColumn = FIRST_DAY_COLUMN + register.days().size() + 1;

		Row title = sheet.createRow(0);
		title.createCell(0)
			.setCellValue(text(locale, "attendance.sheet.title", register.township().name(), register.month().getYear(),
					register.month().getMonthValue()));
		sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, lastColumn));

		Row header = sheet.createRow(1);
		header.createCell(0).setCellValue(text(locale, "attendance.person"));
		header.createCell(1).setCellValue(text(locale, "attendance.village"));
		for (int i = 0; i < register.days().size(); i++) {
			LocalDate day = register.days().get(i);
			Cell cell = header.createCell(FIRST_DAY_COLUMN + i);
			cell.setCellValue(day.getDayOfMonth());
			cell.setCellStyle(register.workingDay(day) ? centred : shaded);
			sheet.setColumnWidth(FIRST_DAY_COLUMN + i, 4 * 256);
		}
		header.createCell(lastColumn - 1).setCellValue(text(locale, "attendance.sheet.inVillage"));
		header.createCell(lastColumn).setCellValue(text(locale, "attendance.sheet.required"));
		sheet.setColumnWidth(0, 12 * 256);
		sheet.setColumnWidth(1, 14 * 256);

		int r = 2;
		for (RegisterRow line : register.rows()) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(line.personName());
			row.createCell(1).setCellValue(register.villageName(line.villageNodeId()));
			for (int i = 0; i < register.days().size(); i++) {
				LocalDate day = register.days().get(i);
				Cell cell = row.createCell(FIRST_DAY_COLUMN + i);
				RegisterCell value = line.cell(day);
				cell.setCellStyle(register.workingDay(day) ? centred : shaded);
				if (value != null) {
					cell.setCellValue(String.valueOf(value.status().code()));
				}
			}
			row.createCell(lastColumn - 1).setCellValue(line.figure().inVillage());
			row.createCell(lastColumn).setCellValue(line.figure().required());
		}
		sheet.createFreezePane(FIRST_DAY_COLUMN, 2);
		sheet.createRow(++r).createCell(0).setCellValue(text(locale, "attendance.sheet.legend"));
		sheet.createRow(++r)
			.createCell(0)
			.setCellValue(register.confirmed()
					? text(locale, "attendance.sheet.confirmed", register.confirmedBy(),
							DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
								.format(register.confirmedAt().atZone(ZoneId.of("Asia/Shanghai"))))
					: text(locale, "attendance.sheet.open"));
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
