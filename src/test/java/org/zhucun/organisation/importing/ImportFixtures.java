package org.zhucun.organisation.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.zhucun.organisation.NodeLevel;

/** Rows, workbooks, the vocabulary of the real bundles and a stored tree in memory, for the import tests. */
final class ImportFixtures {

	/** The header of the template, in column order. */
	static final String[] HEADER = { "编码", "名称", "层级", "上级编码", "建档立卡贫困村", "党组织软弱涣散村", "纬度", "经度",
			"签到围栏半径（米）", "常住人口" };

	private ImportFixtures() {
	}

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/messages", "i18n/organisation", "i18n/importing");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static ImportVocabulary vocabulary() {
		return ImportVocabulary.from(messages());
	}

	/** A row with the given cells in the template's column order; missing cells are blank. */
	static ImportRow row(int number, String... cells) {
		Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
		for (int i = 0; i < cells.length; i++) {
			values.put(ImportColumn.values()[i], cells[i]);
		}
		return new ImportRow(number, values);
	}

	/** An .xlsx whose first sheet holds these rows (the first usually {@link #HEADER}); numbers stay numbers. */
	static byte[] workbook(Object[]... rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("组织机构");
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					Object value = rows[r][c];
					if (value instanceof Number number) {
						row.createCell(c).setCellValue(number.doubleValue());
					}
					else if (value != null) {
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

	/** The template's header followed by these data rows. */
	static byte[] importFile(Object[]... dataRows) {
		Object[][] rows = new Object[dataRows.length + 1][];
		rows[0] = HEADER;
		System.arraycopy(dataRows, 0, rows, 1, dataRows.length);
		return workbook(rows);
	}

	/** Bytes that are no file format at all, the same on every run. */
	static byte[] randomBytes(int size) {
		byte[] bytes = new byte[size];
		new Random(size).nextBytes(bytes);
		return bytes;
	}

	/** A stored tree in memory: some nodes inside the user's scope, some outside. */
	static final class FakeTree implements ExistingTree {

		private final Map<String, ExistingNode> visible = new HashMap<>();

		private final Set<String> allCodes = new HashSet<>();

		private final Map<Long, Set<String>> names = new HashMap<>();

		private boolean unrestricted = true;

		FakeTree node(String code, long id, NodeLevel level, String... childNames) {
			visible.put(code, new ExistingNode(id, level, true));
			allCodes.add(code);
			names.put(id, Set.of(childNames));
			return this;
		}

		FakeTree inactive(String code, long id, NodeLevel level) {
			visible.put(code, new ExistingNode(id, level, false));
			allCodes.add(code);
			return this;
		}

		FakeTree outsideScope(String code) {
			allCodes.add(code);
			return this;
		}

		FakeTree restricted() {
			unrestricted = false;
			return this;
		}

		@Override
		public Optional<ExistingNode> visibleNode(String code) {
			return Optional.ofNullable(visible.get(code));
		}

		@Override
		public boolean codeTaken(String code) {
			return allCodes.contains(code);
		}

		@Override
		public boolean nameTakenUnder(long parentId, String name) {
			return names.getOrDefault(parentId, Set.of()).contains(name);
		}

		@Override
		public boolean mayCreateRoots() {
			return unrestricted;
		}

	}

	static List<ImportRow> rows(ImportRow... rows) {
		return List.of(rows);
	}

}
