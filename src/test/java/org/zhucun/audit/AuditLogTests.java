package org.zhucun.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhucun.DemoLogin;
import org.zhucun.IntegrationTest;
import org.zhucun.audit.internal.AuditChainVerifier;
import org.zhucun.organisation.tree.OrgNodeRepository;
import org.zhucun.scope.TestTokens;

/** SEC-6: the audit log records logins and changes, refuses edits, and detects tampering. */
@IntegrationTest
class AuditLogTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditChainVerifier verifier;

	@Autowired
	OrgNodeRepository nodes;

	@Test
	@DisplayName("SEC-6: UPDATE, DELETE and TRUNCATE on the audit table fail at the database")
	void databaseRefusesChanges() throws Exception {
		mvc.perform(formLogin().user("shahu-fpb").password(DemoLogin.PASSWORD));
		assertThatThrownBy(() -> jdbc.update("update audit_entry set actor = 'x'"))
			.satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e).getMessage()).contains("append-only"));
		assertThatThrownBy(() -> jdbc.update("delete from audit_entry"))
			.satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e).getMessage()).contains("append-only"));
		assertThatThrownBy(() -> jdbc.execute("truncate audit_entry"))
			.satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e).getMessage()).contains("append-only"));
	}

	@Test
	@DisplayName("SEC-6: a successful and a failed login are recorded, with the client address")
	void loginsAreRecorded() throws Exception {
		mvc.perform(formLogin().user("shahu-nb").password(DemoLogin.PASSWORD));
		mvc.perform(formLogin().user("shahu-nb").password("wrong-password"));
		Map<String, Object> success = jdbc.queryForMap(
				"select * from audit_entry where actor = 'shahu-nb' and action = 'LOGIN_SUCCESS' order by id desc limit 1");
		assertThat(success.get("client_address")).isEqualTo("127.0.0.1");
		Map<String, Object> failure = jdbc.queryForMap(
				"select * from audit_entry where actor = 'shahu-nb' and action = 'LOGIN_FAILURE' order by id desc limit 1");
		assertThat(failure.get("summary")).isEqualTo("BadCredentialsException");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where changes like '%wrong-password%' "
				+ "or summary like '%wrong-password%'", Long.class)).isZero();
	}

	@Test
	@DisplayName("SEC-6: a change records who, what, and the changed fields before and after, in its transaction")
	void changesAreRecordedWithBeforeAndAfter() throws Exception {
		String admin = TestTokens.of(mvc, "sysadmin");
		mvc.perform(post("/api/v1/org/nodes").header("Authorization", "Bearer " + admin)
			.contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"69AU001\",\"name\":\"审计乡\",\"parentCode\":\"641201\"}"))
			.andExpect(status().isCreated());
		long id = nodes.findByCode("69AU001").orElseThrow().getId();
		mvc.perform(put("/api/v1/org/nodes/" + id).header("Authorization", "Bearer " + admin)
			.contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"69AU001\",\"name\":\"审计镇\",\"parentCode\":\"641201\"}"))
			.andExpect(status().isOk());
		Map<String, Object> update = jdbc.queryForMap("select * from audit_entry where entity_type = 'OrgNode' "
				+ "and entity_id = ? and action = 'UPDATE' order by id desc limit 1", String.valueOf(id));
		assertThat(update.get("actor")).isEqualTo("sysadmin");
		assertThat((String) update.get("changes")).contains("\"name\":{\"before\":\"审计乡\",\"after\":\"审计镇\"}")
			.doesNotContain("\"code\"");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'OrgNode' "
				+ "and entity_id = ? and action = 'CREATE'", Long.class, String.valueOf(id))).isEqualTo(1);

		long before = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
		mvc.perform(post("/api/v1/org/nodes").header("Authorization", "Bearer " + admin)
			.contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"69AU001\",\"name\":\"重复\",\"parentCode\":\"641201\"}"))
			.andExpect(status().isBadRequest());
		assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class))
			.as("a refused change leaves no entry").isEqualTo(before);
	}

	@Test
	@DisplayName("SEC-6: altering one row in the database is detected and reported with that row")
	void tamperingIsDetected() throws Exception {
		mvc.perform(formLogin().user("shahu-zzb").password(DemoLogin.PASSWORD));
		assertThat(verifier.verify().intact()).isTrue();
		long victim = jdbc.queryForObject("select max(id) from audit_entry where action = 'LOGIN_SUCCESS'", Long.class);
		String actor = jdbc.queryForObject("select actor from audit_entry where id = ?", String.class, victim);
		try {
			tamper("update audit_entry set actor = 'someone-else' where id = ?", victim);
			var result = verifier.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.firstBrokenId()).isEqualTo(victim);
			assertThat(result.reasonKey()).isEqualTo("audit.verify.alteredEntry");
			var page = DemoLogin.as(mvc, "auditadmin");
			mvc.perform(post("/audit/verify").cookie(page).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("审计日志在第 " + victim + " 条处断裂")));
		}
		finally {
			tamper("update audit_entry set actor = ? where id = ?", actor, victim);
		}
		assertThat(verifier.verify().intact()).isTrue();
	}

	@Test
	@DisplayName("SEC-6, SEC-1: only the audit administrator reads and exports the log (the export itself recorded, in Chinese); the password hash never appears")
	void auditPagesForTheAuditAdministratorOnly() throws Exception {
		var audit = DemoLogin.as(mvc, "auditadmin");
		mvc.perform(get("/audit").param("action", "LOGIN_SUCCESS").cookie(audit))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("登录成功")));
		byte[] xlsx = mvc.perform(get("/audit/export.xlsx").cookie(audit)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(2).getStringCellValue()).isEqualTo("操作人");
			assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows()).isGreaterThan(1);
		}
		mvc.perform(get("/audit").param("action", "SECURITY").cookie(audit))
			.andExpect(content().string(containsString("导出审计日志")));
		for (String other : new String[] { "sysadmin", "secadmin", "shahu-zzb" }) {
			var session = DemoLogin.as(mvc, other);
			mvc.perform(get("/audit").cookie(session)).andExpect(status().isForbidden());
			mvc.perform(get("/audit/export.xlsx").cookie(session)).andExpect(status().isForbidden());
		}
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where changes like '%{bcrypt}%'", Long.class))
			.isZero();
	}

	private void tamper(String sql, Object... args) {
		jdbc.execute("alter table audit_entry disable trigger audit_entry_no_update_delete");
		try {
			jdbc.update(sql, args);
		}
		finally {
			jdbc.execute("alter table audit_entry enable trigger audit_entry_no_update_delete");
		}
	}

}
