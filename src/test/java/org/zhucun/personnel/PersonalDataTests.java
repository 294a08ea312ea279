package org.zhucun.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;

import jakarta.servlet.http.Cookie;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhucun.DemoLogin;
import org.zhucun.IntegrationTest;
import org.zhucun.scope.TestTokens;

/**
 * SEC-5 on the person records of PER-1: the ID number and phone are unreadable in the database,
 * masked on every page, in the API and in the export, shown in full only with PERSONAL_DATA_VIEW,
 * and every full view is in the audit log.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalDataTests {

	/** A valid number (GB 11643 check character) for this test only. */
	static final String ID = "641101198806150314";

	static final String PHONE = "13995001234";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	long id;

	@BeforeAll
	void createPerson() throws Exception {
		String body = mvc.perform(post("/api/v1/personnel").header("Authorization", "Bearer " + TestTokens.of(mvc, "caizheng-dw"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"测试干部\",\"idNumber\":\"" + ID
					+ "\",\"politicalStatus\":\"PARTY_MEMBER\",\"workUnitPost\":\"财政局科员\",\"unitCode\":\"U641101-01\","
					+ "\"phone\":\"" + PHONE + "\",\"civilServant\":true}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.idNumber").value("6411**********0314"))
			.andExpect(jsonPath("$.phone").value("139****1234"))
			.andExpect(jsonPath("$.gender").value("MALE"))
			.andExpect(jsonPath("$.birthMonth").value("1988.06"))
			.andReturn().getResponse().getContentAsString();
		id = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
	}

	@Test
	@DisplayName("SEC-5: the ID number and phone are not readable in the database columns")
	void encryptedAtRest() {
		var row = jdbc.queryForMap("select id_number, phone, id_number_digest from person where id = ?", id);
		assertThat((String) row.get("id_number")).startsWith("v1:").doesNotContain(ID);
		assertThat((String) row.get("phone")).startsWith("v1:").doesNotContain(PHONE);
		assertThat((String) row.get("id_number_digest")).doesNotContain(ID).hasSize(64);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where changes like ? or changes like ?",
				Long.class, "%" + ID + "%", "%" + PHONE + "%")).as("nor in the audit log").isZero();
	}

	@Test
	@DisplayName("SEC-5: masked on the list, the person page, the API and the export")
	void maskedEverywhere() throws Exception {
		Cookie unit = DemoLogin.as(mvc, "caizheng-dw");
		mvc.perform(get("/personnel").cookie(unit)).andExpect(status().isOk())
			.andExpect(content().string(containsString("6411**********0314")))
			.andExpect(content().string(not(containsString(ID))))
			.andExpect(content().string(not(containsString(PHONE))));
		mvc.perform(get("/personnel/" + id).cookie(unit)).andExpect(status().isOk())
			.andExpect(content().string(containsString("139****1234")))
			.andExpect(content().string(not(containsString(ID))))
			.andExpect(content().string(not(containsString("id=\"reveal\""))));
		mvc.perform(get("/api/v1/personnel").header("Authorization", "Bearer " + TestTokens.of(mvc, "caizheng-dw")))
			.andExpect(content().string(not(containsString(ID))));
		byte[] xlsx = mvc.perform(get("/personnel/export.xlsx").cookie(unit)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var formatter = new DataFormatter();
			StringBuilder all = new StringBuilder();
			workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> all.append(formatter.formatCellValue(cell)).append('|')));
			assertThat(all).contains("6411**********0314", "139****1234").doesNotContain(ID).doesNotContain(PHONE);
		}
	}

	@Test
	@DisplayName("SEC-5: the full view needs PERSONAL_DATA_VIEW and each one is audited")
	void fullViewIsAudited() throws Exception {
		mvc.perform(post("/personnel/" + id + "/reveal").cookie(DemoLogin.as(mvc, "caizheng-dw")).with(csrf()))
			.andExpect(status().isForbidden());
		long before = views();
		Cookie county = DemoLogin.as(mvc, "shahu-zzb");
		mvc.perform(post("/personnel/" + id + "/reveal").cookie(county).with(csrf())).andExpect(status().isOk())
			.andExpect(content().string(containsString(ID)))
			.andExpect(content().string(containsString(PHONE)));
		mvc.perform(post("/api/v1/personnel/" + id + "/reveal").header("Authorization", "Bearer " + TestTokens.of(mvc, "shahu-zzb")))
			.andExpect(jsonPath("$.idNumber").value(ID));
		assertThat(views()).isEqualTo(before + 2);
		assertThat(jdbc.queryForObject("select actor from audit_entry where action = 'VIEW_PERSONAL_DATA' order by id desc limit 1",
				String.class)).isEqualTo("shahu-zzb");
	}

	@Test
	@DisplayName("PER-1: an invalid ID check digit is refused with a Chinese message; a duplicate too")
	void invalidAndDuplicateIdNumbers() throws Exception {
		String token = TestTokens.of(mvc, "caizheng-dw");
		mvc.perform(post("/api/v1/personnel").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"校验错\",\"idNumber\":\"641101198806150318\","
					+ "\"politicalStatus\":\"MASSES\",\"workUnitPost\":\"科员\",\"unitCode\":\"U641101-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("idNumber"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("校验码")));
		mvc.perform(post("/api/v1/personnel").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"重复\",\"idNumber\":\"" + ID + "\","
					+ "\"politicalStatus\":\"MASSES\",\"workUnitPost\":\"科员\",\"unitCode\":\"U641101-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("已存在")));
	}

	@Test
	@DisplayName("PER-1, ORG-5: a sibling unit and a sibling county see nothing of the person")
	void scope() throws Exception {
		for (String outsider : new String[] { "tuanwei-dw", "huanghe-zzb" }) {
			mvc.perform(get("/personnel/" + id).cookie(DemoLogin.as(mvc, outsider))).andExpect(status().isNotFound());
			mvc.perform(get("/personnel").cookie(DemoLogin.as(mvc, outsider)))
				.andExpect(content().string(not(containsString("测试干部"))));
		}
	}

	private long views() {
		return jdbc.queryForObject("select count(*) from audit_entry where action = 'VIEW_PERSONAL_DATA' and entity_id = ?",
				Long.class, String.valueOf(id));
	}

}
