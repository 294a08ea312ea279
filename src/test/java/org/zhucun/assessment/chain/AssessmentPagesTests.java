package org.zhucun.assessment.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhucun.DemoLogin;
import org.zhucun.IntegrationTest;

/** The assessment pages as the offices see them (ASM-1, ASM-6, USE-1..3, SUB-1), with the demo of 石嘴村. */
@IntegrationTest
class AssessmentPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private String page(String user, String path) throws Exception {
		var response = mvc.perform(get(path).cookie(DemoLogin.as(mvc, user))).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

	private long demoAssessment(String person, int quarter) {
		return jdbc.queryForObject("select id from assessment where person_name = ? and kind = 'QUARTERLY' and quarter = ? "
				+ "and period_year = ?", Long.class, person, quarter, LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear());
	}

	/** 王建国's demo assessment waiting for his own opinion (the second quarter, or the first early in a year). */
	private long wangWaiting() {
		return demoAssessment("王建国", (LocalDate.now(ZoneId.of("Asia/Shanghai")).getMonthValue() - 1) / 3 + 1 == 1 ? 1 : 2);
	}

	@Test
	@DisplayName("ASM-1: the township's quarter board shows 石嘴村's people and the steps of their chain")
	void townshipBoard() throws Exception {
		String html = page("yueyahu-xz", "/assessment?kind=QUARTERLY&quarter=1");
		assertThat(html).contains("李振华", "王秀英", "王建国", "村党支部意见", "优秀");
		assertThat(page("yueyahu-xz", "/assessment?kind=ANNUAL")).contains("李振华", "年度考核", "按规定最高可评",
				"优秀名额：已用", "id=\"board-quotas\"");
	}

	@Test
	@DisplayName("ASM-3: in English the grades are worded from the bundles, not the printed forms' Chinese")
	void gradesInEnglish() throws Exception {
		long done = demoAssessment("李振华", 1);
		var response = mvc.perform(get("/assessment/" + done).param("lang", "en").cookie(DemoLogin.as(mvc, "shahu-zzb")))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).containsAnyOf("Excellent", "Competent", "Qualified")
			.doesNotContain(">优秀<", ">称职<", ">合格<");
	}

	@Test
	@DisplayName("SUB-1: in English the subsidy arithmetic reads in English on the page and in the unit's workbook")
	void subsidyInEnglish() throws Exception {
		String html = page("caizheng-dw", "/assessment/subsidy?lang=en");
		assertThat(html).containsPattern("\\d+ days × 30 yuan a day = \\d+ yuan").doesNotContain("元/天");
		var response = mvc.perform(get("/assessment/subsidy.xlsx").param("lang", "en").cookie(DemoLogin.as(mvc, "caizheng-dw")))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		StringBuilder text = new StringBuilder();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> text.append(cell).append('|'))));
		}
		assertThat(text).containsPattern("\\d+ days × 30 yuan a day = \\d+ yuan").doesNotContain("元/天");
	}

	@Test
	@DisplayName("ASM-1: the assessment page shows each signed step with its signer and the form of the open step to whoever may sign it")
	void detailWithForm() throws Exception {
		long done = demoAssessment("李振华", 1);
		String html = page("shahu-zzb", "/assessment/" + done);
		assertThat(html).contains("月牙湖乡一村党支部 周平", "沙湖县扶贫办 刘洋", "已完成", "优秀").doesNotContain("sign-form");
		long waiting = wangWaiting();
		assertThat(page("cadre-wang", "/assessment/" + waiting)).contains("id=\"sign-PERSON\"", "被考核人意见");
		assertThat(page("yueyahu-cun1", "/assessment/" + waiting)).doesNotContain("id=\"sign-PERSON\"");
	}

	@Test
	@DisplayName("ASM-1, SEC-8: a step out of order from the API is a 409 naming the step that comes next")
	void outOfOrderIs409() throws Exception {
		long waiting = wangWaiting();
		var response = mvc.perform(post("/api/v1/assessments/" + waiting + "/sign")
			.header("Authorization", "Bearer " + org.zhucun.scope.ApiTokens.of(mvc, "shahu-zzb"))
			.contentType("application/json")
			.content("{\"step\":\"COUNTY_ORG\",\"opinion\":\"同意\"}")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(response.getContentAsString()).contains("被考核人意见");
	}

	@Test
	@DisplayName("ASM-6, USE-1..3, SUB-1: the county review, the use lists and the subsidy statements render; the workbench shows waiting steps")
	void listsRender() throws Exception {
		assertThat(page("shahu-zzb", "/assessment/review")).contains("县级审核", "优秀名额");
		assertThat(page("shahu-zzb", "/assessment/use")).contains("评先评优人选", "基层工作经历", "应予退换人员");
		assertThat(page("caizheng-dw", "/assessment/subsidy")).contains("沙湖县财政局", "李振华", "元/天");
		assertThat(page("cadre-wang", "/")).contains("待我签署的考核", "被考核人意见");
		assertThat(page("shahu-zzb", "/")).contains("年度考核优秀名额");
	}

	@Test
	@DisplayName("ASM-2, ASM-4..7: the annual proposal shows the quarterly grades, the sheet's score with the duties' 70 %, the rules' ceiling and the 优秀 places used / allowed")
	void annualProposal() throws Exception {
		long person = jdbc.queryForObject("select id from person where name = '李振华'", Long.class);
		int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
		try {
			var start = mvc.perform(post("/assessment").cookie(DemoLogin.as(mvc, "yueyahu-xz")).with(csrf())
				.param("personId", String.valueOf(person)).param("kind", "ANNUAL").param("year", String.valueOf(year)))
				.andReturn().getResponse();
			assertThat(start.getRedirectedUrl()).matches("/assessment/\\d+");
			String html = page("yueyahu-xz", start.getRedirectedUrl());
			assertThat(html).contains("等次依据", "第1季度 优秀", "五项职责量化部分占比：70 / 100 = 70 %", "优秀名额：已用 0 / 可用",
					"按规定最高可评");
			assertThat(page("caizheng-dw", start.getRedirectedUrl())).contains("派出单位意见");
		}
		finally {
			TestRecords.deleteAssessments(jdbc, "person_id = " + person + " and kind = 'ANNUAL'");
		}
	}

	@Test
	@DisplayName("SUB-1: the unit's statement for its finance office as .xlsx: 李振华's first quarter graded 优秀 is paid days × 30")
	void subsidyWorkbook() throws Exception {
		var response = mvc.perform(get("/assessment/subsidy.xlsx").cookie(DemoLogin.as(mvc, "caizheng-dw")))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		StringBuilder text = new StringBuilder();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			var formatter = new DataFormatter();
			workbook.forEach(sheet -> sheet.forEach(row -> {
				row.forEach(cell -> text.append(formatter.formatCellValue(cell)).append('|'));
				text.append('\n');
			}));
		}
		assertThat(text).contains("李振华", "元/天", "合计");
		assertThat(text.toString().lines().filter(l -> l.contains("李振华") && l.contains("第1季度")).findFirst().orElseThrow())
			.contains("优秀").containsPattern("\\d+ 天 × 30 元/天 = \\d+ 元");
	}

}
