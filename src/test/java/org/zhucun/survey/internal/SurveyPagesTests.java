package org.zhucun.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhucun.DemoLogin;
import org.zhucun.IntegrationTest;

/** SAT-1, BUR-3 on the pages, with the demo surveys of 月牙湖乡 for the current year. */
@IntegrationTest
class SurveyPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SurveyService service;

	@Autowired
	SurveyRepository surveys;

	@Autowired
	JdbcTemplate jdbc;

	private TestSurveys tests;

	private String page(String user, String url) throws Exception {
		Cookie session = DemoLogin.as(mvc, user);
		var response = mvc.perform(get(url).cookie(session)).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response.getContentAsString();
	}

	@org.junit.jupiter.api.BeforeEach
	void prepare() {
		tests = new TestSurveys(surveys, jdbc);
	}

	@AfterEach
	void remove() {
		tests.removeAll();
	}

	@Test
	@DisplayName("SAT-1: the township's list and the county's show votes against the minimum, and an invalid survey says so")
	void listShowsValidity() throws Exception {
		int year = service.today().getYear();
		for (String user : new String[] { "yueyahu-xz", "shahu-zzb", "shahu-fpb" }) {
			String list = page(user, "/surveys?year=" + year);
			assertThat(list).contains("19 / 20").contains("无效：有效票不足最低人数").contains("32 / 30").contains("有效 · ");
		}
	}

	@Test
	@DisplayName("SAT-1, SCO-X: a survey's page shows its groups, its score with the arithmetic, or that it is not valid")
	void detailShowsResult() throws Exception {
		long invalid = jdbc.queryForObject("select s.id from survey s join survey_tally t on t.survey_id = s.id "
				+ "where s.subject = 'MEMBER' and t.satisfied = 16", Long.class);
		String page = page("shahu-zzb", "/surveys/" + invalid);
		assertThat(page).contains("19 / 20").contains("无效：有效票不足最低人数").contains("村民代表")
			.contains("月牙湖乡党委 马军 录入于").contains("有效票 19 张，少于最低测评人数 20 人，测评无效，不计分");
		long leader = jdbc.queryForObject("select min(s.id) from survey s where s.subject = 'LEADER' and exists "
				+ "(select 1 from survey_vote v where v.survey_id = s.id)", Long.class);
		String leaderPage = page("yueyahu-xz", "/surveys/" + leader);
		assertThat(leaderPage).contains("满意 25、比较满意 4、不满意 1，有效票 30 张（不少于 30 人）：10 × (1 × 25 + 0.5 × 4 + 0 × 1) / 30 = 9.00")
			.contains("生成测评码")
			.contains("录入纸质计票");
		var english = mvc.perform(get("/surveys/" + leader).param("lang", "en").cookie(DemoLogin.as(mvc, "yueyahu-xz")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).as("SAT-1 in English")
			.contains("25 satisfied, 4 fairly satisfied, 1 dissatisfied; 30 valid votes (at least 30): 10 × (1 × 25 + 0.5 × 4 + 0 × 1) / 30 = 9.00")
			.doesNotContain("比较满意 4");
		assertThat(page("shahu-zzb", "/surveys/" + leader)).doesNotContain("生成测评码");
	}

	@Test
	@DisplayName("SAT-1: the slips list each unused code with the subject, the address and the instructions")
	void slips() throws Exception {
		long leader = jdbc.queryForObject("select min(s.id) from survey s where s.subject = 'LEADER' and exists "
				+ "(select 1 from survey_vote v where v.survey_id = s.id)", Long.class);
		String slips = page("yueyahu-xz", "/surveys/" + leader + "/slips");
		assertThat(slips).contains("/public/survey").contains("每个测评码只能投票一次").contains("村干部");
		assertThat(slips.split("class=\"slip\"").length - 1).isEqualTo(10);
		assertThat(slips).containsPattern("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
	}

	@Test
	@DisplayName("BUR-3: the township enters a paper tally on the page; the page shows who entered it")
	void tallyOnThePage() throws Exception {
		Survey s = tests.of(SurveySubject.MEMBER, "页面测评对象");
		Cookie session = DemoLogin.as(mvc, "yueyahu-xz");
		mvc.perform(post("/surveys/" + s.getId() + "/tally").cookie(session).with(csrf())
			.param("group", "VILLAGER_REPRESENTATIVES").param("satisfied", "18").param("fairlySatisfied", "2")
			.param("dissatisfied", "0"));
		String page = page("yueyahu-xz", "/surveys/" + s.getId());
		assertThat(page).contains("20 / 20").contains("月牙湖乡党委 马军 录入于").contains("9.50");
	}

	@Test
	@DisplayName("SAT-1: the workbench of the township and the county lists the open surveys below their minimum")
	void workbenchCard() throws Exception {
		for (String user : new String[] { "yueyahu-xz", "shahu-zzb" }) {
			assertThat(page(user, "/")).contains("未达最低测评人数的测评").contains("有效票 19 / 最低 20");
		}
		assertThat(page("zhenbeibu-xz", "/")).doesNotContain("有效票 19 / 最低 20");
	}

}
