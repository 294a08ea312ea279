package org.zhucun.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

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
 * PER-1..3 and PER-5: the list of people filtered by place, unit, role and status inside the data
 * scope (ORG-5), the filtered masked export, and corrections of a record.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonListTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	long firstSecretary;

	long member;

	long withdrawn;

	long neverPosted;

	Cookie county;

	@BeforeAll
	void createPeople() throws Exception {
		firstSecretary = newPerson("筛选甲", "641101198503010314");
		member = newPerson("筛选乙", "641101198603020413");
		withdrawn = newPerson("筛选丙", "641101198703030512");
		neverPosted = newPerson("筛选丁", "641101198803040611");
		assign(firstSecretary, "641101003002", "FIRST_SECRETARY");
		assign(member, "641101003002", "TEAM_MEMBER");
		long posting = assign(withdrawn, "641101001003", "TEAM_MEMBER");
		mvc.perform(post("/api/v1/assignments/" + posting + "/withdrawal").header("Authorization", "Bearer " + token("shahu-zzb"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"endedOn\":\"2026-11-20\",\"reason\":\"调回原单位\"}"))
			.andExpect(status().isOk());
		county = DemoLogin.as(mvc, "shahu-zzb");
	}

	@Test
	@DisplayName("PER-3: the county filters its people by township, role and posting status")
	void filtersByPlaceRoleAndStatus() throws Exception {
		assertThat(names("place", "641101003")).containsExactlyInAnyOrder("筛选甲", "筛选乙");
		assertThat(names("place", "641101003002", "role", "FIRST_SECRETARY")).containsExactly("筛选甲");
		assertThat(names("status", "ACTIVE")).containsExactlyInAnyOrder("筛选甲", "筛选乙");
		assertThat(names("status", "ENDED")).containsExactly("筛选丙");
		assertThat(names("status", "NONE")).containsExactly("筛选丁");
		assertThat(names("place", "641101001")).containsExactly("筛选丙");
		assertThat(names("unit", "U641101-02")).isEmpty();
	}

	@Test
	@DisplayName("PER-3: on the page the most specific of county, township and village chosen is the place")
	void pageFiltersByChosenPlace() throws Exception {
		mvc.perform(get("/personnel").cookie(county).param("q", "筛选").param("county", "641101").param("township", "641101003"))
			.andExpect(content().string(containsString("筛选甲")))
			.andExpect(content().string(not(containsString("筛选丙"))))
			.andExpect(content().string(containsString("641101003002")));
		mvc.perform(get("/personnel").cookie(county).param("q", "筛选").param("township", "641101003")
			.param("village", "641101003001"))
			.andExpect(content().string(not(containsString("筛选甲"))));
	}

	@Test
	@DisplayName("PER-3: the list shows each person's unit, village, role and status, masked (SEC-5)")
	void listShowsPostings() throws Exception {
		mvc.perform(get("/personnel").cookie(county).param("q", "筛选甲"))
			.andExpect(content().string(containsString("沙湖县财政局")))
			.andExpect(content().string(containsString("第一书记")))
			.andExpect(content().string(containsString("在岗")))
			.andExpect(content().string(containsString("6411**********0314")))
			.andExpect(content().string(not(containsString("641101198503010314"))));
	}

	@Test
	@DisplayName("PER-3, ORG-5: the API filters the same way, and a sibling county's filter finds none of these people")
	void apiFilters() throws Exception {
		mvc.perform(get("/api/v1/personnel").header("Authorization", "Bearer " + token("shahu-zzb")).param("q", "筛选")
			.param("place", "641101003").param("status", "ACTIVE"))
			.andExpect(jsonPath("$.content[*].name", containsInAnyOrder("筛选甲", "筛选乙")))
			.andExpect(jsonPath("$.content[0].villageName").exists())
			.andExpect(jsonPath("$.content[0].unitName").value("沙湖县财政局"));
		mvc.perform(get("/api/v1/personnel").header("Authorization", "Bearer " + token("huanghe-zzb")).param("q", "筛选")
			.param("place", "641101003"))
			.andExpect(jsonPath("$.totalElements").value(0));
		mvc.perform(get("/api/v1/personnel").header("Authorization", "Bearer " + token("shahu-zzb")).param("status", "MAYBE"))
			.andExpect(status().isBadRequest());
	}

	@Test
	@DisplayName("PER-5: the export holds the filtered list only, in the Annex 4 columns plus the posting, masked (SEC-5)")
	void exportsFilteredList() throws Exception {
		byte[] file = mvc.perform(get("/personnel/export.xlsx").cookie(county).param("q", "筛选").param("status", "ACTIVE"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			var sheet = workbook.getSheetAt(0);
			var format = new DataFormatter();
			List<String> header = new ArrayList<>();
			sheet.getRow(0).forEach(c -> header.add(format.formatCellValue(c)));
			assertThat(header).startsWith("姓名", "性别", "出生年月", "政治面貌", "工作单位及职务", "派驻村", "驻村职务");
			assertThat(sheet.getLastRowNum()).as("two people match").isEqualTo(2);
			List<String> names = List.of(format.formatCellValue(sheet.getRow(1).getCell(0)),
					format.formatCellValue(sheet.getRow(2).getCell(0)));
			assertThat(names).containsExactlyInAnyOrder("筛选甲", "筛选乙");
			for (int r = 1; r <= 2; r++) {
				var row = sheet.getRow(r);
				assertThat(format.formatCellValue(row.getCell(header.indexOf("身份证号")))).contains("**********");
				assertThat(format.formatCellValue(row.getCell(header.indexOf("驻村职务")))).isIn("第一书记", "工作队队员");
			}
		}
	}

	@Test
	@DisplayName("PER-1: the unit corrects a record; the ID number is never shown in full on the form, and a stale form is refused")
	void correctsRecord() throws Exception {
		Cookie unit = DemoLogin.as(mvc, "caizheng-dw");
		mvc.perform(get("/personnel/" + neverPosted + "/edit").cookie(unit))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("6411**********0611")))
			.andExpect(content().string(not(containsString("641101198803040611"))));
		long version = jdbc.queryForObject("select version from person where id = ?", Long.class, neverPosted);
		mvc.perform(edit(unit, neverPosted, version).param("workUnitPost", "财政局副科长"))
			.andExpect(redirectedUrl("/personnel/" + neverPosted));
		assertThat(jdbc.queryForObject("select work_unit_post from person where id = ?", String.class, neverPosted))
			.isEqualTo("财政局副科长");
		mvc.perform(edit(unit, neverPosted, version).param("workUnitPost", "过期的表单"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("已被他人修改")));
		assertThat(jdbc.queryForObject("select work_unit_post from person where id = ?", String.class, neverPosted))
			.isEqualTo("财政局副科长");
	}

	@Test
	@DisplayName("PER-1: a corrected ID number is checked again and gender and birth date follow it")
	void correctsIdNumber() throws Exception {
		Cookie unit = DemoLogin.as(mvc, "caizheng-dw");
		long version = jdbc.queryForObject("select version from person where id = ?", Long.class, member);
		mvc.perform(edit(unit, member, version).param("idNumber", "641101198903050728").param("workUnitPost", "科员"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("校验码")));
		mvc.perform(edit(unit, member, version).param("idNumber", "641101198503010314").param("workUnitPost", "科员"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("该身份证号的人员已存在")));
		mvc.perform(edit(unit, member, version).param("idNumber", "641101198903050729").param("workUnitPost", "科员"))
			.andExpect(redirectedUrl("/personnel/" + member));
		assertThat(jdbc.queryForObject("select gender from person where id = ?", String.class, member)).isEqualTo("FEMALE");
		assertThat(jdbc.queryForObject("select birth_date::text from person where id = ?", String.class, member))
			.isEqualTo("1989-03-05");
	}

	@Test
	@DisplayName("PER-1, ORG-5: a unit cannot move its person to a unit outside its scope; a sibling county cannot correct it by API")
	void correctionStaysInScope() throws Exception {
		Cookie unit = DemoLogin.as(mvc, "caizheng-dw");
		long version = jdbc.queryForObject("select version from person where id = ?", Long.class, firstSecretary);
		mvc.perform(edit(unit, firstSecretary, version).param("unitCode", "U641101-02").param("workUnitPost", "科员"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("不在您的管理范围内")));
		mvc.perform(put("/api/v1/personnel/" + firstSecretary).header("Authorization", "Bearer " + token("huanghe-zzb"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"改名\",\"politicalStatus\":\"MASSES\","
					+ "\"workUnitPost\":\"科员\",\"unitCode\":\"U641102-01\",\"version\":" + version + "}"))
			.andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select name from person where id = ?", String.class, firstSecretary)).isEqualTo("筛选甲");
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder edit(Cookie user, long id, long version) {
		return post("/personnel/" + id).cookie(user).with(csrf()).param("name", jdbc.queryForObject(
				"select name from person where id = ?", String.class, id)).param("politicalStatus", "PARTY_MEMBER")
			.param("unitCode", "U641101-01").param("version", String.valueOf(version));
	}

	private List<String> names(String... params) throws Exception {
		var request = get("/api/v1/personnel").header("Authorization", "Bearer " + token("shahu-zzb")).param("q", "筛选")
			.param("size", "50");
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<String> names = new ArrayList<>();
		var matcher = java.util.regex.Pattern.compile("\"name\":\"([^\"]+)\"").matcher(body);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	private long newPerson(String name, String idNumber) throws Exception {
		String body = mvc.perform(post("/api/v1/personnel").header("Authorization", "Bearer " + token("caizheng-dw"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + name + "\",\"idNumber\":\"" + idNumber
					+ "\",\"politicalStatus\":\"PARTY_MEMBER\",\"workUnitPost\":\"科员\",\"unitCode\":\"U641101-01\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return Long.parseLong(body.replaceAll(".*?\"id\":(\\d+).*", "$1"));
	}

	private long assign(long person, String village, String role) throws Exception {
		String body = mvc.perform(post("/api/v1/personnel/" + person + "/assignments").header("Authorization", "Bearer " + token("shahu-zzb"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"villageCode\":\"" + village + "\",\"role\":\"" + role
					+ "\",\"startDate\":\"2026-06-01\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return Long.parseLong(body.replaceAll(".*?\"id\":(\\d+).*", "$1"));
	}

	private String token(String user) throws Exception {
		return TestTokens.of(mvc, user);
	}

}
