package org.zhucun.personnel.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import org.zhucun.IntegrationTest;
import org.zhucun.common.scope.DataScopeProvider;
import org.zhucun.common.scope.SystemContext;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.personnel.ChineseIdNumber;
import org.zhucun.personnel.assignment.RosterPostingWriter;
import org.zhucun.personnel.person.RosterPersonWriter;

/**
 * SEC-9: when the database refuses a row that the check let through (someone recorded the same person
 * between the check and the write), the people and postings written before it are rolled back and
 * the user is told that nothing was imported.
 */
@IntegrationTest
class RosterImporterRollbackTests {

	@Autowired
	OrganisationDirectory organisation;

	@Autowired
	DataScopeProvider scopes;

	@Autowired
	RosterPersonWriter people;

	@Autowired
	RosterPostingWriter postings;

	@Autowired
	RosterVocabulary vocabulary;

	@Autowired
	RosterTemplate template;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	/** The real loader, except that it does not see the people already recorded: a concurrent insert. */
	class MissingConcurrentInsert extends StoredRosterLoader {

		MissingConcurrentInsert() {
			super(organisation, scopes, people, entityManager);
		}

		@Override
		StoredRoster load(List<RosterRow> rows) {
			StoredRoster seen = super.load(rows);
			return new StoredRoster(seen.units(), seen.unitsInScope(), seen.villages(), seen.villagesWithLeader(), Map.of());
		}

	}

	@Test
	@DisplayName("PER-5, SEC-9: a database constraint firing at the write rolls back every person and posting of the file")
	void lateConstraintRollsBackEverything() {
		RosterImporter importer = new RosterImporter(new MissingConcurrentInsert(), vocabulary, people, postings, 2) {

			@Override
			public RosterOutcome importRows(List<RosterRow> rows) {
				return transaction.execute(status -> super.importRows(rows));
			}

		};
		RosterImportService service = new RosterImportService(vocabulary, importer, 2000, DataSize.ofMegabytes(2));
		String seventeen = "64990819850505001";
		String newcomer = seventeen + ChineseIdNumber.checkCharacter(seventeen);
		// 李振华 of the demo data, recorded long before
		String recorded = "64110119750103101" + ChineseIdNumber.checkCharacter("64110119750103101");

		RosterOutcome outcome = SystemContext.call("test", () -> service.importFile(file(
				new String[] { "回滚新人", "中共党员", "科员", newcomer, "U641101-01", "641101003001", "工作队队员", "2026-11-01" },
				new String[] { "回滚重复", "中共党员", "科员", recorded, "U641101-01", "", "", "" })));

		assertThat(outcome.succeeded()).isFalse();
		assertThat(outcome.problems()).singleElement()
			.satisfies(p -> assertThat(p.messageKey()).isEqualTo("roster.file.concurrentChange"));
		assertThat(jdbc.queryForObject("select count(*) from person where name in ('回滚新人', '回滚重复')", Long.class))
			.isZero();
	}

	/** The system's own template with these rows of 姓名, 政治面貌, 工作单位及职务, 身份证号, 派出单位代码, 驻村代码, 驻村身份, 开始日期. */
	private MockMultipartFile file(String[]... rows) {
		RosterColumn[] columns = { RosterColumn.NAME, RosterColumn.POLITICAL_STATUS, RosterColumn.WORK_UNIT_POST,
				RosterColumn.ID_NUMBER, RosterColumn.UNIT_CODE, RosterColumn.VILLAGE_CODE, RosterColumn.ROLE,
				RosterColumn.START_DATE };
		try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(
				template.build(Locale.SIMPLIFIED_CHINESE))); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (int r = 0; r < rows.length; r++) {
				Row row = workbook.getSheetAt(0).createRow(r + 1);
				for (int c = 0; c < columns.length; c++) {
					row.createCell(columns[c].ordinal()).setCellValue(rows[r][c]);
				}
			}
			workbook.write(out);
			return new MockMultipartFile("file", "roster.xlsx", RosterTemplate.XLSX.toString(), out.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
