package org.zhucun.personnel.person;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * PER-5: a list of people as .xlsx, in the columns of Annex 4/5 (姓名, 性别, 出生年月, 政治面貌,
 * 工作单位及职务, 派驻村名称, 驻村职务) followed by the posting and the record's other fields, with the
 * ID number and phone masked (SEC-5).
 */
@Component
class PersonWorkbook {

	private static final String[] COLUMNS = { "person.name", "person.gender", "person.birthMonth",
			"person.politicalStatus", "person.workUnitPost", "assignment.village", "assignment.role", "person.unit",
			"assignment.startDate.short", "assignment.plannedEndDate.short", "person.postingStatus", "person.civilServant",
			"person.idNumber", "person.phone" };

	private final MessageSource messages;

	PersonWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	byte[] export(List<PersonRow> rows, Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(text("person.title", locale));
			Row header = sheet.createRow(0);
			for (int i = 0; i < COLUMNS.length; i++) {
				header.createCell(i).setCellValue(text(COLUMNS[i], locale));
			}
			int r = 1;
			for (PersonRow line : rows) {
				Person p = line.person();
				Row row = sheet.createRow(r++);
				int c = 0;
				row.createCell(c++).setCellValue(p.getName());
				row.createCell(c++).setCellValue(text(p.getGender().messageKey(), locale));
				row.createCell(c++).setCellValue(p.getBirthMonth());
				row.createCell(c++).setCellValue(text(p.getPoliticalStatus().messageKey(), locale));
				row.createCell(c++).setCellValue(p.getWorkUnitPost());
				row.createCell(c++).setCellValue(line.villageName() == null ? "" : line.villageName());
				row.createCell(c++).setCellValue(line.role() == null ? "" : text(line.role().messageKey(), locale));
				row.createCell(c++).setCellValue(line.unitName());
				row.createCell(c++).setCellValue(line.startDate() == null ? "" : line.startDate().toString());
				row.createCell(c++).setCellValue(line.endedOn() != null ? line.endedOn().toString()
						: line.plannedEndDate() == null ? "" : line.plannedEndDate().toString());
				row.createCell(c++).setCellValue(text(line.status().messageKey(), locale));
				row.createCell(c++).setCellValue(text(p.isCivilServant() ? "common.yes" : "common.no", locale));
				row.createCell(c++).setCellValue(p.getMaskedIdNumber());
				row.createCell(c).setCellValue(p.getMaskedPhone() == null ? "" : p.getMaskedPhone());
			}
			for (int i = 0; i < COLUMNS.length; i++) {
				sheet.setColumnWidth(i, 14 * 256);
			}
			sheet.createFreezePane(1, 1);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
