package org.zhucun.personnel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Roster files for the PER-5 tests: rows written with POI into the template the system hands out,
 * in the template's column order (姓名, 性别, 出生年月, 政治面貌, 工作单位及职务, 身份证号, 联系电话, 是否公务员,
 * 派出单位代码, 驻村代码, 驻村身份, 是否任队长, 开始日期, 计划结束日期), and fictional ID numbers with
 * valid check characters.
 */
final class RosterFiles {

	static final int NAME = 0, GENDER = 1, BIRTH_MONTH = 2, POLITICAL_STATUS = 3, WORK_UNIT_POST = 4, ID_NUMBER = 5,
			PHONE = 6, CIVIL_SERVANT = 7, UNIT_CODE = 8, VILLAGE_CODE = 9, ROLE = 10, LEADS_TEAM = 11, START_DATE = 12,
			PLANNED_END_DATE = 13;

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private RosterFiles() {
	}

	/** A fictional ID number: region, birth date, sequence (odd for men), and the right check character. */
	static String idNumber(String region, LocalDate born, int sequence) {
		String seventeen = region + born.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
		return seventeen + ChineseIdNumber.checkCharacter(seventeen);
	}

	/** The same number with a wrong check character. */
	static String wrongCheck(String idNumber) {
		char right = idNumber.charAt(17);
		return idNumber.substring(0, 17) + (right == '1' ? '2' : '1');
	}

	/** A row of a person without a posting. */
	static Object[] person(String name, String idNumber, String unitCode) {
		return new Object[] { name, "", "", "中共党员", "县直单位科员", idNumber, "", "", unitCode, "", "", "", "", "" };
	}

	/** A row of a person posted to a village. */
	static Object[] posted(String name, String idNumber, String unitCode, String villageCode, String role,
			Object startDate) {
		Object[] row = person(name, idNumber, unitCode);
		row[VILLAGE_CODE] = villageCode;
		row[ROLE] = role;
		row[START_DATE] = startDate;
		return row;
	}

	/** A copy of the row with one cell changed. */
	static Object[] with(Object[] row, int column, Object value) {
		Object[] copy = row.clone();
		copy[column] = value;
		return copy;
	}

	/**
	 * The template with these rows filled in from its second row on: text as text, a {@link LocalDate}
	 * as a real Excel date, a number as a number.
	 */
	static byte[] fill(byte[] template, List<Object[]> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.getSheetAt(0);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				Object[] cells = rows.get(r);
				for (int c = 0; c < cells.length; c++) {
					Object value = cells[c];
					if (value instanceof LocalDate day) {
						row.createCell(c).setCellValue(day);
						row.getCell(c).setCellStyle(date);
					}
					else if (value instanceof Number number) {
						row.createCell(c).setCellValue(number.doubleValue());
					}
					else if (value != null && !value.toString().isEmpty()) {
						row.createCell(c).setCellValue(value.toString());
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
