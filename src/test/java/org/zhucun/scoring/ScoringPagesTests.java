package org.zhucun.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhucun.DemoLogin;
import org.zhucun.IntegrationTest;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.personnel.Postings;

/**
 * The scoring pages, export and API as users see them (SCO-A1/A2/A3, SCO-X, FRM-2), on the demo's
 * current year of 石嘴村.
 */
@IntegrationTest
class ScoringPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Postings postings;

	@Autowired
	OrganisationDirectory organisation;

	private final int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

	private long person(String name) {
		return ShizuiVillage.posting(postings, organisation, name, year).personId();
	}

	@Test
	@DisplayName("SCO-A1, SCO-X: the township sees the team sheet of 石嘴村 with the flag at 2.3, the residence arithmetic and the demo raters' scores")
	void teamSheetPage() throws Exception {
		String page = mvc.perform(get("/scoring/team/641101001001").param("year", String.valueOf(year))
			.cookie(DemoLogin.as(mvc, "yueyahu-xz"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("工作队驻村情况", "第 2.3 项“抓好基层组织建设。”赋分 20 分，但其细项合计 15 分", "惠民政策进村入户宣讲",
				"两个到户项目资金已落实", "上不封顶", "考评表尚不完整");
	}

	@Test
	@DisplayName("SCO-A2, BUR-3: 李振华's sheet shows innovation waiting for the team members and the township's entry form; a score above the maximum is refused with a message")
	void personSheetAndRating() throws Exception {
		long li = person("李振华");
		var cookie = DemoLogin.as(mvc, "yueyahu-xz");
		String page = mvc.perform(get("/scoring/person/" + li).param("year", String.valueOf(year)).cookie(cookie))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("工作创新、有亮点", "待评分：工作队员", "沙湖县委组织部", "rate-form", "驻村时间");
		var flash = mvc.perform(post("/scoring/rate").param("subject", "PERSON").param("personId", String.valueOf(li))
			.param("year", String.valueOf(year)).param("itemCode", "5.1").param("raterKind", "TOWNSHIP_PARTY_COMMITTEE")
			.param("score", "6").cookie(cookie).with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getFlashMap();
		assertThat(flash.get("problem")).isEqualTo("分数应在 0 至 5 分之间。");
	}

	@Test
	@DisplayName("FRM-2: the filled sheet exports to .xlsx in the annex's columns with the arithmetic")
	void export() throws Exception {
		long li = person("李振华");
		byte[] xlsx = mvc.perform(get("/scoring/person/" + li + ".xlsx").param("year", String.valueOf(year))
			.cookie(DemoLogin.as(mvc, "shahu-zzb"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		StringBuilder cells = new StringBuilder();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			DataFormatter format = new DataFormatter();
			workbook.getSheetAt(0).forEach(row -> row.forEach(c -> cells.append(format.formatCellValue(c)).append('|')));
		}
		assertThat(cells).contains("考评内容|考评指标|赋分|评分标准|得分|计算过程", "履行队长或第一书记职责情况", "李振华", "5 − 0.2 × ");
	}

	@Test
	@DisplayName("SCO-X: the API gives the sheet with items and arithmetic; the template page flags item 2.3 of the seed")
	void apiAndTemplate() throws Exception {
		long li = person("王秀英");
		String json = mvc.perform(get("/api/v1/scoring/people/" + li).param("year", String.valueOf(year))
			.header("Authorization", "Bearer " + org.zhucun.scope.TestTokens.of(mvc, "shahu-zzb"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(json).contains("\"annex\":\"附件3 队员\"", "\"arithmetic\":\"10 − 0.2 × ", "服从管理情况");
		String list = mvc.perform(get("/scoring/templates").cookie(DemoLogin.as(mvc, "shahu-zzb")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(list).contains("扶贫开发驻村工作队工作绩效考评参考标准（年度）", "细化本县模板", "整体评分");
	}

	@Test
	@DisplayName("SCO-A1, POL-1: the county opens the refinement form of Annex 1 with the flag, records that the rest of 2.3 is scored as a whole, and the new revision says so")
	void refinementForm() throws Exception {
		var cookie = DemoLogin.as(mvc, "shahu-zzb");
		String form = mvc.perform(get("/scoring/templates/refine").param("annex", "ANNEX1").param("county", "641101")
			.param("year", "2033").cookie(cookie)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(form).contains("抓好基层组织建设。", "指导村级班子建设", "refine-form");
		var request = post("/scoring/templates/refine").param("annex", "ANNEX1").param("county", "641101")
			.param("fromYear", "2033").param("note", "页面细化测试");
		for (var i : org.zhucun.scoring.rules.SeedTemplates.of(org.zhucun.scoring.rules.Annex.TEAM)) {
			request.param("code", i.code()).param("name", i.name())
				.param("maximum", i.maximum() == null ? "" : i.maximum().toPlainString())
				.param("rule", i.rule()).param("kind", i.kind() == null ? "" : i.kind().name())
				.param("source", i.source() == null ? "" : i.source().name()).param("params", i.paramsText())
				.param("raters", String.join(",", i.raters().stream().map(Enum::name).toList()))
				.param("bonus", String.valueOf(i.bonus())).param("remainder", i.code().equals("2.3") ? "其余5分整体评分（页面测试）" : "");
		}
		String location = mvc.perform(request.cookie(cookie).with(csrf())).andExpect(status().is3xxRedirection()).andReturn()
			.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/scoring/templates/");
		String page = mvc.perform(get(location).cookie(cookie)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("页面细化测试", "县（区）已决定其余部分整体评分，理由：其余5分整体评分（页面测试）");
	}

	@Test
	@DisplayName("SCO-A1: the township records a team activity of 石嘴村 and sees it in the list; the year's sheets are listed")
	void activitiesAndList() throws Exception {
		var cookie = DemoLogin.as(mvc, "yueyahu-xz");
		mvc.perform(post("/scoring/activities").param("village", "641101001001").param("kind", "SKILLS_TRAINING")
			.param("heldOn", LocalDate.of(year, 1, 5).toString()).param("title", "页面测试培训").param("personTimes", "12")
			.cookie(cookie).with(csrf())).andExpect(status().is3xxRedirection());
		String page = mvc.perform(get("/scoring/activities").param("village", "641101001001").param("year", String.valueOf(year))
			.cookie(cookie)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("页面测试培训", "惠民政策进村入户宣讲");
		String list = mvc.perform(get("/scoring").param("year", String.valueOf(year)).cookie(cookie)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(list).contains("李振华", "王秀英", "石嘴村");
	}

}
