package org.zhucun.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhucun.personnel.RosterFiles.BIRTH_MONTH;
import static org.zhucun.personnel.RosterFiles.GENDER;
import static org.zhucun.personnel.RosterFiles.ID_NUMBER;
import static org.zhucun.personnel.RosterFiles.LEADS_TEAM;
import static org.zhucun.personnel.RosterFiles.NAME;
import static org.zhucun.personnel.RosterFiles.PHONE;
import static org.zhucun.personnel.RosterFiles.PLANNED_END_DATE;
import static org.zhucun.personnel.RosterFiles.POLITICAL_STATUS;
import static org.zhucun.personnel.RosterFiles.START_DATE;
import static org.zhucun.personnel.RosterFiles.idNumber;
import static org.zhucun.personnel.RosterFiles.person;
import static org.zhucun.personnel.RosterFiles.posted;
import static org.zhucun.personnel.RosterFiles.with;
import static org.zhucun.personnel.RosterFiles.wrongCheck;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhucun.DemoLogin;
import org.zhucun.IntegrationTest;
import org.zhucun.scope.TestTokens;

/**
 * PER-5: the roster import through the page and the API: template, all or nothing, a reason on the
 * right row for each rule, the data scope of ORG-5 and files that cannot be imported. The villages
 * and units it posts to are its own (township 641101090 of 沙湖县, units U641101-90/91), and every ID
 * number is fictional, so that the tests sharing the database are not disturbed.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonRosterImportTests {

	static final String TOWNSHIP = "641101090";

	static final String UNIT = "U641101-90";

	static final String INACTIVE_UNIT = "U641101-91";

	static final LocalDate START = LocalDate.of(2026, 3, 1);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	byte[] template;

	/** A flagged village of the test township (1 to 10; 11 is not flagged). */
	static String village(int n) {
		return TOWNSHIP + String.format("%03d", n);
	}

	@BeforeAll
	void createVillagesAndUnits() throws Exception {
		String county = TestTokens.of(mvc, "shahu-zzb");
		createNode(county, "{\"code\":\"" + TOWNSHIP + "\",\"name\":\"花名册测试乡\",\"parentCode\":\"641101\"}");
		for (int n = 1; n <= 11; n++) {
			createNode(county, "{\"code\":\"" + village(n) + "\",\"name\":\"花名册" + n + "村\",\"parentCode\":\"" + TOWNSHIP
					+ "\",\"poorVillage\":" + (n <= 10) + "}");
		}
		createUnit(county, UNIT, "花名册测试局");
		String inactive = createUnit(county, INACTIVE_UNIT, "花名册停用局");
		long id = ((Number) JsonPath.read(inactive, "$.id")).longValue();
		mvc.perform(post("/api/v1/org/units/" + id + "/deactivate").header("Authorization", "Bearer " + county))
			.andExpect(status().isOk());
		template = mvc.perform(get("/api/v1/personnel/import/template").header("Authorization", "Bearer " + county))
			.andExpect(status().isOk())
			.andExpect(content().contentType(RosterFiles.XLSX))
			.andReturn().getResponse().getContentAsByteArray();
	}

	private void createNode(String token, String json) throws Exception {
		mvc.perform(post("/api/v1/org/nodes").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().isCreated());
	}

	private String createUnit(String token, String code, String name) throws Exception {
		return mvc.perform(post("/api/v1/org/units").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"" + code + "\",\"name\":\"" + name
					+ "\",\"type\":\"GOVERNMENT_DEPARTMENT\",\"ownerCode\":\"641101\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
	}

	private byte[] file(List<Object[]> rows) {
		return RosterFiles.fill(template, rows);
	}

	private byte[] file(Object[]... rows) {
		return file(List.of(rows));
	}

	private static MockMultipartFile upload(byte[] content) {
		return new MockMultipartFile("file", "花名册.xlsx", RosterFiles.XLSX, content);
	}

	private ResultActions importOverApi(String user, byte[] content) throws Exception {
		return mvc.perform(multipart("/api/v1/personnel/import").file(upload(content))
			.header("Authorization", "Bearer " + TestTokens.of(mvc, user)));
	}

	private ResultActions importOnPage(Cookie session, byte[] content) throws Exception {
		return mvc.perform(multipart("/personnel/import").file(upload(content)).cookie(session).with(csrf()));
	}

	private long people(String namePrefix) {
		return jdbc.queryForObject("select count(*) from person where name like ?", Long.class, namePrefix + "%");
	}

	/** The problems of a refused import, by row: "column: message". */
	@SuppressWarnings("unchecked")
	private static Map<Integer, List<String>> errorsByRow(String problemJson) {
		Map<Integer, List<String>> byRow = new HashMap<>();
		List<Map<String, Object>> errors = JsonPath.read(problemJson, "$.errors");
		for (Map<String, Object> e : errors) {
			Integer row = e.get("row") == null ? null : ((Number) e.get("row")).intValue();
			byRow.computeIfAbsent(row, r -> new ArrayList<>()).add(e.get("column") + ": " + e.get("message"));
		}
		return byRow;
	}

	/** 500 rows of people posted as team members to the ten villages, with ID numbers from the given region. */
	private static List<Object[]> fiveHundred(String region, String namePrefix) {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			String id = idNumber(region, LocalDate.of(1970, 1, 1).plusDays(i * 37L), 100 + i % 800);
			rows.add(posted(namePrefix + String.format("%03d", i), id, UNIT, village(1 + i % 10), "工作队队员", START));
		}
		return rows;
	}

	@Test
	@DisplayName("PER-5: an import with one bad row among 500 imports nothing and reports that row")
	void oneBadRowAmongFiveHundred() throws Exception {
		List<Object[]> rows = fiveHundred("649901", "龚批量");
		rows.set(249, with(rows.get(249), ID_NUMBER, wrongCheck((String) rows.get(249)[ID_NUMBER])));

		String body = importOverApi("shahu-zzb", file(rows))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("未导入任何数据")))
			.andReturn().getResponse().getContentAsString();

		// the header is Excel row 1, so the 250th data row is row 251
		assertThat(errorsByRow(body)).containsOnlyKeys(251);
		assertThat(errorsByRow(body).get(251)).singleElement().asString().startsWith("身份证号: ").contains("GB 11643");
		assertThat(people("龚批量")).isZero();
	}

	@Test
	@DisplayName("PER-5: the 500 rows once corrected import in one go, people and postings")
	void fiveHundredImport() throws Exception {
		importOverApi("shahu-zzb", file(fiveHundred("649906", "龚全部")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.people").value(500))
			.andExpect(jsonPath("$.postings").value(500))
			.andExpect(jsonPath("$.message").value("已导入 500 人，其中 500 人已派驻到村。"));
		assertThat(people("龚全部")).isEqualTo(500);
		assertThat(jdbc.queryForObject("select count(*) from assignment a join person p on p.id = a.person_id "
				+ "where p.name like '龚全部%' and a.ended_on is null and a.planned_end_date = '2028-03-01'", Long.class))
			.isEqualTo(500);
	}

	@Test
	@DisplayName("PER-5: a valid 3-person import on the page creates the people and their postings, shown in /personnel")
	void threePeopleOnThePage() throws Exception {
		Cookie county = DemoLogin.as(mvc, "shahu-zzb");
		String leader = idNumber("649902", LocalDate.of(1984, 5, 6), 11);
		byte[] content = file(
				with(with(posted("花名册书记", leader, UNIT, village(2), "第一书记", LocalDate.of(2026, 3, 1)), LEADS_TEAM, "是"),
						PLANNED_END_DATE, "2027-12-31"),
				with(with(posted("花名册队员", idNumber("649902", LocalDate.of(1990, 7, 8), 22), UNIT, village(2),
						"工作队队员", "2026-03-01"), GENDER, "女"), BIRTH_MONTH, "1990.07"),
				with(person("花名册在编", idNumber("649902", LocalDate.of(1979, 11, 30), 33), UNIT), PHONE, "13900001111"));

		importOnPage(county, content)
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/personnel/import"))
			.andExpect(flash().attribute("flash", "已导入 3 人，其中 2 人已派驻到村。"));

		mvc.perform(get("/personnel").param("q", "花名册").cookie(county))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("花名册书记"), containsString("花名册队员"),
					containsString("花名册在编"), containsString("1984.05"))));
		Map<String, Object> posting = jdbc.queryForMap("select a.role, a.leads_team, a.start_date, a.planned_end_date, "
				+ "a.dispatch_level, t.name as team from assignment a join person p on p.id = a.person_id "
				+ "join work_team t on t.id = a.team_id where p.name = '花名册书记'");
		assertThat(posting).containsEntry("role", "FIRST_SECRETARY").containsEntry("leads_team", true)
			.containsEntry("dispatch_level", "COUNTY").containsEntry("team", "花名册2村驻村工作队");
		assertThat(posting.get("start_date").toString()).isEqualTo("2026-03-01");
		assertThat(posting.get("planned_end_date").toString()).isEqualTo("2027-12-31");
		assertThat(jdbc.queryForObject("select a.planned_end_date from assignment a join person p on p.id = a.person_id "
				+ "where p.name = '花名册队员'", LocalDate.class)).isEqualTo(LocalDate.of(2028, 3, 1));
		assertThat(jdbc.queryForObject("select gender from person where name = '花名册队员'", String.class)).isEqualTo("FEMALE");
		assertThat(jdbc.queryForObject("select count(*) from assignment a join person p on p.id = a.person_id "
				+ "where p.name = '花名册在编'", Long.class)).isZero();
	}

	@Test
	@DisplayName("PER-5: each rule gives its Chinese reason on the right row and column, and nothing is written")
	void everyRuleOnItsRow() throws Exception {
		String r = "649903";
		LocalDate born = LocalDate.of(1988, 2, 14);
		String liZhenhua = idNumber("641101", LocalDate.of(1975, 1, 3), 101);
		String twice = idNumber(r, born, 50);
		Object[] good = posted("规则", null, UNIT, village(3), "工作队队员", START);
		List<Object[]> rows = List.of(
				/* 2 */ with(with(good, NAME, ""), ID_NUMBER, idNumber(r, born, 1)),
				/* 3 */ with(good, ID_NUMBER, wrongCheck(idNumber(r, born, 3))),
				/* 4 */ with(with(good, ID_NUMBER, idNumber(r, born, 5)), GENDER, "女"),
				/* 5 */ with(with(good, ID_NUMBER, idNumber(r, born, 7)), BIRTH_MONTH, "1988.03"),
				/* 6 */ with(with(good, ID_NUMBER, idNumber(r, born, 9)), RosterFiles.UNIT_CODE, "U999999"),
				/* 7 */ with(with(good, ID_NUMBER, idNumber(r, born, 11)), RosterFiles.UNIT_CODE, INACTIVE_UNIT),
				/* 8 */ with(with(good, ID_NUMBER, idNumber(r, born, 13)), RosterFiles.VILLAGE_CODE, "649999999999"),
				/* 9 */ with(with(good, ID_NUMBER, idNumber(r, born, 15)), RosterFiles.VILLAGE_CODE, "641102001001"),
				/* 10 */ with(with(good, ID_NUMBER, idNumber(r, born, 17)), RosterFiles.VILLAGE_CODE, village(11)),
				/* 11 */ with(good, ID_NUMBER, twice),
				/* 12 */ with(good, ID_NUMBER, twice),
				/* 13 */ with(good, ID_NUMBER, liZhenhua),
				/* 14 */ with(with(with(good, ID_NUMBER, idNumber(r, born, 19)), RosterFiles.ROLE, "工作队队长"),
						RosterFiles.VILLAGE_CODE, "641101001001"),
				/* 15 */ with(with(good, ID_NUMBER, idNumber(r, born, 21)), RosterFiles.ROLE, "工作队队长"),
				/* 16 */ with(with(with(good, ID_NUMBER, idNumber(r, born, 23)), RosterFiles.ROLE, "第一书记"), LEADS_TEAM, "是"),
				/* 17 */ with(with(good, ID_NUMBER, idNumber(r, born, 25)), PLANNED_END_DATE, "2026-02-28"),
				/* 18 */ with(with(good, ID_NUMBER, idNumber(r, born, 27)), PHONE, "12345"),
				/* 19 */ with(with(good, ID_NUMBER, idNumber(r, born, 29)), LEADS_TEAM, "是"),
				/* 20 */ with(with(good, ID_NUMBER, idNumber(r, born, 31)), START_DATE, "2026-13-01"),
				/* 21 */ with(with(good, ID_NUMBER, idNumber(r, born, 33)), POLITICAL_STATUS, "党员甲"),
				/* 22 */ person("规则", idNumber(r, born, 35), "U641102-01"),
				/* 23 */ with(good, ID_NUMBER, 110105194912310021L),
				/* 24 */ with(with(good, ID_NUMBER, idNumber(r, born, 37)), START_DATE, ""));

		String body = importOverApi("shahu-zzb", file(rows))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("未导入任何数据")))
			.andReturn().getResponse().getContentAsString();
		Map<Integer, List<String>> errors = errorsByRow(body);

		assertThat(errors.get(2)).containsExactly("姓名: 必填");
		assertThat(errors.get(3)).containsExactly("身份证号: 身份证号不正确：须为 18 位，末位校验码须符合 GB 11643，出生日期须真实");
		assertThat(errors.get(4)).containsExactly("性别: 与身份证号不符：身份证号表明性别为男");
		assertThat(errors.get(5)).containsExactly("出生年月: 与身份证号不符：身份证号中的出生年月为 1988.02");
		assertThat(errors.get(6)).containsExactly("派出单位代码: 派出单位代码“U999999”不存在，或不在您的管理范围内");
		assertThat(errors.get(7)).containsExactly("派出单位代码: 派出单位“花名册停用局”已停用");
		assertThat(errors.get(8)).containsExactly("驻村代码: 驻村代码“649999999999”不存在，或不在您的管理范围内");
		// a village of 黄河县 reads exactly like one that does not exist (ORG-5)
		assertThat(errors.get(9)).containsExactly("驻村代码: 驻村代码“641102001001”不存在，或不在您的管理范围内");
		assertThat(errors.get(10)).containsExactly("驻村代码: “花名册11村”不是建档立卡贫困村或党组织软弱涣散村（或已停用），不能派驻");
		assertThat(errors).doesNotContainKey(11);
		assertThat(errors.get(12)).containsExactly("身份证号: 与第 11 行的身份证号相同，同一人只能出现一次");
		assertThat(errors.get(13)).containsExactlyInAnyOrder("身份证号: 该身份证号的人员已存在，不能重复导入",
				"驻村代码: 该人员已有在岗的派驻，同一人只能有一个在岗派驻");
		assertThat(errors.get(14)).containsExactly("驻村身份: “石嘴村”驻村工作队已有队长");
		assertThat(errors).doesNotContainKey(15);
		assertThat(errors.get(16)).containsExactly("是否任队长: 与第 15 行同为“花名册3村”驻村工作队的队长，一个工作队只能有一名队长");
		assertThat(errors.get(17)).containsExactly("计划结束日期: 计划结束日期须晚于开始日期");
		assertThat(errors.get(18)).containsExactly("联系电话: “12345”不是有效的电话号码，请填写 11 位手机号或带区号的固定电话");
		assertThat(errors.get(19)).containsExactly("是否任队长: 工作队队员不能兼任队长");
		assertThat(errors.get(20)).containsExactly("开始日期: “2026-13-01”不是日期，请填写如 2026-03-01");
		assertThat(errors.get(21)).containsExactly("政治面貌: 无法识别“党员甲”，请从下拉列表中选择");
		assertThat(errors.get(22)).containsExactly("派出单位代码: 派出单位代码“U641102-01”不存在，或不在您的管理范围内");
		assertThat(errors.get(23)).containsExactly("身份证号: 身份证号被 Excel 存成了数字，末几位已丢失。请把该列设为文本格式后重新填写");
		assertThat(errors.get(24)).containsExactly("开始日期: 必填");
		assertThat(body).doesNotContain("黄河县").doesNotContain("641102001001村");
		assertThat(people("规则")).isZero();
	}

	@Test
	@DisplayName("PER-5, ORG-5: a township importing a row for a village of the sibling township is refused for that row, nothing written")
	void townshipCannotPostToSiblingTownship() throws Exception {
		Cookie township = DemoLogin.as(mvc, "yueyahu-xz");
		byte[] content = file(
				posted("月牙湖导入甲", idNumber("649904", LocalDate.of(1991, 1, 2), 11), "U641101-02", "641101001002", "工作队队员", START),
				posted("月牙湖导入乙", idNumber("649904", LocalDate.of(1991, 1, 3), 13), "U641101-02", "641101002001", "工作队队员", START));

		importOnPage(township, content)
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("id=\"roster-errors\""), containsString("驻村代码“641101002001”不存在，或不在您的管理范围内"),
					not(containsString("镇北堡")))));
		assertThat(people("月牙湖导入")).isZero();

		// the same township imports the cadres of its own villages, whichever active unit sent them
		importOverApi("yueyahu-xz", file(posted("月牙湖导入丙", idNumber("649904", LocalDate.of(1991, 1, 4), 15),
				"U641101-02", "641101001003", "工作队队员", START)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.postings").value(1));
		mvc.perform(get("/personnel").param("q", "月牙湖导入").cookie(township))
			.andExpect(content().string(containsString("月牙湖导入丙")));
		// but not a person without a posting: its unit is not the township's
		importOverApi("yueyahu-xz", file(person("月牙湖导入丁", idNumber("649904", LocalDate.of(1991, 1, 5), 17), "U641101-02")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("派出单位代码“U641101-02”不存在，或不在您的管理范围内"));
	}

	@Test
	@DisplayName("PER-5, ORG-5: the dispatching unit imports its own people without postings; a village is not its to post to")
	void unitImportsItsOwnPeople() throws Exception {
		importOverApi("caizheng-dw", file(person("财政局导入甲", idNumber("649905", LocalDate.of(1986, 4, 5), 11), "U641101-01")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.people").value(1));
		importOverApi("caizheng-dw", file(posted("财政局导入乙", idNumber("649905", LocalDate.of(1986, 4, 6), 13),
				"U641101-01", village(4), "工作队队员", START)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].column").value("驻村代码"));
		assertThat(people("财政局导入")).isEqualTo(1);
	}

	@Test
	@DisplayName("PER-5: without PERSON_IMPORT the page, the template and the API answer 403, and the list shows no import button")
	void needsThePermission() throws Exception {
		Cookie readOnly = DemoLogin.as(mvc, "shahu-nb");
		mvc.perform(get("/personnel/import").cookie(readOnly)).andExpect(status().isForbidden());
		mvc.perform(get("/personnel/import/template.xlsx").cookie(readOnly)).andExpect(status().isForbidden());
		mvc.perform(get("/personnel").cookie(readOnly)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"import-people\""))));
		importOverApi("shahu-nb", file(person("无权导入", idNumber("649905", LocalDate.of(1986, 4, 7), 15), UNIT)))
			.andExpect(status().isForbidden());
		assertThat(people("无权导入")).isZero();
		mvc.perform(get("/personnel").cookie(DemoLogin.as(mvc, "shahu-zzb")))
			.andExpect(content().string(containsString("id=\"import-people\"")));
	}

	@Test
	@DisplayName("PER-5: the page offers the template; the template has the header, pick lists and an instructions sheet")
	void pageAndTemplate() throws Exception {
		Cookie county = DemoLogin.as(mvc, "shahu-zzb");
		mvc.perform(get("/personnel/import").cookie(county))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/personnel/import/template.xlsx\""),
					containsString("enctype=\"multipart/form-data\""), containsString("name=\"_csrf\""),
					containsString("一个文件最多 2000 行数据，文件不超过 2 MB"))));
		byte[] xlsx = mvc.perform(get("/personnel/import/template.xlsx").cookie(county))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
			Sheet data = workbook.getSheetAt(0);
			List<String> header = new ArrayList<>();
			data.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
			assertThat(header).containsExactly("姓名", "性别", "出生年月", "政治面貌", "工作单位及职务", "身份证号", "联系电话",
					"是否公务员", "派出单位代码", "驻村代码", "驻村身份", "是否任队长", "开始日期", "计划结束日期");
			assertThat(data.getDataValidations()).hasSize(5);
			assertThat(data.getDataValidations().stream().flatMap(v -> List.of(v.getValidationConstraint().getExplicitListValues()).stream()))
				.contains("第一书记", "工作队队长", "工作队队员", "中共党员", "男", "女", "是", "否");
			assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("填写说明");
			StringBuilder help = new StringBuilder();
			workbook.getSheetAt(1).forEach(row -> row.forEach(cell -> help.append(cell.getStringCellValue()).append('|')));
			assertThat(help).contains("不填按任期 2 年", "一个文件最多 2000 行数据");
		}
	}

	@Test
	@DisplayName("PER-5: a template downloaded in English reads back as well, dates given as Excel dates or text")
	void englishTemplate() throws Exception {
		String county = TestTokens.of(mvc, "shahu-zzb");
		byte[] english = mvc.perform(get("/api/v1/personnel/import/template").param("lang", "en")
			.header("Authorization", "Bearer " + county)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		Object[] row = with(posted("英文模板", idNumber("649905", LocalDate.of(1982, 8, 9), 21), UNIT, village(5),
				"Team member", LocalDate.of(2026, 4, 1)), POLITICAL_STATUS, "CPC member");
		mvc.perform(multipart("/api/v1/personnel/import").file(upload(RosterFiles.fill(english,
				List.<Object[]>of(with(row, PLANNED_END_DATE, "2027/4/1"))))).header("Authorization", "Bearer " + county))
			.andExpect(status().isOk());
		assertThat(jdbc.queryForObject("select a.planned_end_date from assignment a join person p on p.id = a.person_id "
				+ "where p.name = '英文模板'", LocalDate.class)).isEqualTo(LocalDate.of(2027, 4, 1));
	}

	@Test
	@DisplayName("PER-5: an empty file, random bytes, an old .xls, a file without the header and one over the row limit each get a clear Chinese error")
	void malformedFiles() throws Exception {
		importOverApi("shahu-zzb", new byte[0]).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("上传的文件是空的，未导入任何数据。"));
		byte[] random = new byte[4096];
		new java.util.Random(5).nextBytes(random);
		importOverApi("shahu-zzb", random).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("不是 Excel（.xlsx）文件")));
		try (var xls = new org.apache.poi.hssf.usermodel.HSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
			xls.createSheet();
			xls.write(out);
			importOverApi("shahu-zzb", out.toByteArray()).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail").value(containsString("不支持旧版 Excel（.xls）文件")));
		}
		byte[] cut = java.util.Arrays.copyOf(template, template.length / 2);
		importOverApi("shahu-zzb", cut).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("无法读取该 Excel 文件")));
		importOverApi("shahu-zzb", template).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("文件中只有表头，没有数据行。"));
		mvc.perform(multipart("/api/v1/personnel/import").header("Authorization", "Bearer " + TestTokens.of(mvc, "shahu-zzb")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("请选择要上传的 Excel 文件。"));
	}

	@Test
	@DisplayName("PER-5: a file over the row limit or the size limit is refused whole, on the page too")
	void oversizeFiles() throws Exception {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < 2001; i++) {
			rows.add(person("超限" + i, idNumber("649907", LocalDate.of(1960, 1, 1).plusDays(i), 1), UNIT));
		}
		importOnPage(DemoLogin.as(mvc, "shahu-zzb"), file(rows))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("一个文件最多导入 2000 行，该文件超过了上限，未导入任何数据。")));
		byte[] large = new byte[2 * 1024 * 1024 + 1];
		importOverApi("shahu-zzb", large).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("上传的文件超过 2 MB，未导入任何数据。请分成几个文件导入。"));
		assertThat(people("超限")).isZero();
	}

}
