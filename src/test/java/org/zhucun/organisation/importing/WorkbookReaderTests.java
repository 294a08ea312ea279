package org.zhucun.organisation.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhucun.organisation.importing.ImportFixtures.HEADER;
import static org.zhucun.organisation.importing.ImportFixtures.importFile;
import static org.zhucun.organisation.importing.ImportFixtures.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhucun.organisation.NodeLevel;

/** Reading uploaded files into rows, and refusing files that are not import files with a clear reason (SEC-9). */
class WorkbookReaderTests {

	private final ImportVocabulary vocabulary = ImportFixtures.vocabulary();

	private final WorkbookReader reader = new WorkbookReader(vocabulary, 3);

	private List<ImportRow> read(byte[] file) throws ImportFileException {
		return reader.read(new ByteArrayInputStream(file));
	}

	private String refusal(byte[] file) {
		try {
			read(file);
			throw new AssertionError("the file was read");
		}
		catch (ImportFileException ex) {
			return ex.problem().messageKey();
		}
	}

	@Test
	@DisplayName("ORG-1: rows keep their Excel row numbers, blank rows are skipped, numbers keep every digit")
	void readsRows() throws Exception {
		List<ImportRow> rows = read(workbook(new Object[] {}, HEADER,
				new Object[] { 690101001001L, " 一村 ", "村", "690101001", "是", null, 38.79, 106.5, 500, 1200 },
				new Object[] {}, new Object[] { "690101001", "乡", "乡镇", 690100 }));

		assertThat(rows).extracting(ImportRow::number).containsExactly(3, 5);
		ImportRow village = rows.get(0);
		assertThat(village.cell(ImportColumn.CODE)).isEqualTo("690101001001");
		assertThat(village.cell(ImportColumn.NAME)).isEqualTo("一村");
		assertThat(village.cell(ImportColumn.WEAK_PARTY_ORGANISATION)).isEmpty();
		assertThat(village.cell(ImportColumn.LATITUDE)).isEqualTo("38.79");
		assertThat(village.cell(ImportColumn.GEOFENCE_RADIUS)).isEqualTo("500");
		assertThat(rows.get(1).cell(ImportColumn.PARENT_CODE)).isEqualTo("690100");
	}

	@Test
	@DisplayName("ORG-1: the columns are found by their header, in any order and in English as well")
	void headersInAnyOrderAndLanguage() throws Exception {
		String[] english = { "Level", "Code", "Name", "Parent code", "Registered poor village", "Weak party organisation",
				"Latitude", "Longitude", "Check-in geofence radius (m)", "Resident population", "Remarks" };
		List<ImportRow> rows = read(workbook(english, new Object[] { "Township", "690101001", "乡", "690100" }));

		assertThat(rows.get(0).cell(ImportColumn.CODE)).isEqualTo("690101001");
		assertThat(vocabulary.level(rows.get(0).cell(ImportColumn.LEVEL))).contains(NodeLevel.TOWNSHIP);
	}

	@Test
	@DisplayName("SEC-9: the template downloaded from the system reads back, in Chinese and in English")
	void templateReadsBack() throws Exception {
		ImportTemplate template = new ImportTemplate(ImportFixtures.messages(), 5000);
		for (Locale locale : ImportVocabulary.LANGUAGES) {
			List<ImportRow> rows = read(template.build(locale));
			assertThat(rows).hasSize(2);
			assertThat(rows.get(1).cell(ImportColumn.CODE)).isEqualTo("641101099001");
			assertThat(vocabulary.flag(rows.get(1).cell(ImportColumn.POOR_VILLAGE))).contains(true);
		}
	}

	@Test
	@DisplayName("SEC-9: random bytes, an empty file, an old .xls, another zip are refused with a reason")
	void notAnXlsx() throws IOException {
		assertThat(refusal(ImportFixtures.randomBytes(2048))).isEqualTo("import.file.notXlsx");
		assertThat(refusal(new byte[0])).isEqualTo("import.file.empty");
		try (HSSFWorkbook xls = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			xls.createSheet();
			xls.write(out);
			assertThat(refusal(out.toByteArray())).isEqualTo("import.file.legacyOrEncrypted");
		}
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("hello.txt"));
			out.write("你好".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		assertThat(refusal(zip.toByteArray())).isEqualTo("import.file.malformed");
	}

	@Test
	@DisplayName("SEC-9: an .xlsx cut short is refused as damaged")
	void truncated() {
		byte[] whole = importFile(new Object[] { "690101001", "乡", "乡镇", "690100" });
		byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
		assertThat(refusal(cut)).isEqualTo("import.file.malformed");
	}

	@Test
	@DisplayName("SEC-9: no header, a header missing columns, or no data rows are refused")
	void headerAndRows() {
		assertThat(refusal(workbook())).isEqualTo("import.file.noHeader");
		assertThat(refusal(workbook(new Object[] { "甲", "乙" }, new Object[] { "1", "2" }))).isEqualTo("import.file.noHeader");
		assertThat(refusal(workbook(new Object[] { "编码", "名称" }, new Object[] { "1", "2" })))
			.isEqualTo("import.file.missingColumns");
		assertThat(refusal(workbook(HEADER))).isEqualTo("import.file.noRows");
	}

	@Test
	@DisplayName("SEC-9: a file over the row limit is refused as a whole")
	void tooManyRows() throws Exception {
		Object[] row = { "690101001", "乡", "乡镇", "690100" };
		assertThat(read(importFile(row, row, row))).hasSize(3);
		assertThat(refusal(importFile(row, row, row, row))).isEqualTo("import.file.tooManyRows");
	}

}
