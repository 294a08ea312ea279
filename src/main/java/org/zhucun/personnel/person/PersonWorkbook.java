package org.zhucun.personnel.person;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The person list as .xlsx, with the ID number and phone masked (SEC-5). */
@Component
class PersonWorkbook {

	private static final String[] COLUMNS = { "person.name", "person.gender", "person.birthMonth",
			"person.politicalStatus", "person.workUnitPost", "person.unit", "person.idNumber", "person.phone" };

	private final MessageSource messages;

	PersonWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	byte[] export(List<Person> people, Function<Person, String> unitName, Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(messages.getMessage("person.title", null, locale));
			Row header = sheet.createRow(0);
			for (int i = 0; i < COLUMNS.length; i++) {
				header.createCell(i).setCellValue(messages.getMessage(COLUMNS[i], null, locale));
			}
			int r = 1;
			for (Person p : people) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(p.getName());
				row.createCell(1).setCellValue(messages.getMessage(p.getGender().messageKey(), null, locale));
				row.createCell(2).setCellValue(p.getBirthMonth());
				row.createCell(3).setCellValue(messages.getMessage(p.getPoliticalStatus().messageKey(), null, locale));
				row.createCell(4).setCellValue(p.getWorkUnitPost());
				row.createCell(5).setCellValue(unitName.apply(p));
				row.createCell(6).setCellValue(p.getMaskedIdNumber());
				row.createCell(7).setCellValue(p.getMaskedPhone() == null ? "" : p.getMaskedPhone());
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
