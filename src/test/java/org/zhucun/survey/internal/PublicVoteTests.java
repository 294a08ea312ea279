package org.zhucun.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.zhucun.IntegrationTest;
import org.zhucun.RunAs;

/** SAT-1: the voting page and API work from a phone without login, session or CSRF token. */
@IntegrationTest
class PublicVoteTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SurveyService service;

	@Autowired
	SurveyRepository surveys;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcTemplate jdbc;

	private TestSurveys tests;

	private Survey survey() {
		tests = new TestSurveys(surveys, jdbc);
		return tests.of(SurveySubject.MEMBER, "测评对象甲");
	}

	private List<SurveyService.Slip> codes(Survey s, int n) {
		return new RunAs(accounts).as("yueyahu-xz",
				() -> service.generateCodes(s.getId(), RaterGroup.VILLAGER_REPRESENTATIVES, n));
	}

	@AfterEach
	void remove() {
		if (tests != null) {
			tests.removeAll();
		}
	}

	@Test
	@DisplayName("SAT-1: without login, the page shows whom a code rates, takes the vote, and refuses the code's second vote")
	void publicPageWorksWithoutLogin() throws Exception {
		Survey s = survey();
		String code = codes(s, 1).get(0).code();
		var ballot = mvc.perform(get("/public/survey").param("code", SurveyCodes.display(code).toLowerCase()))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(ballot.getResponse().getContentAsString()).contains("测评对象甲").contains("满意").contains("比较满意")
			.contains("不满意");
		assertThat(ballot.getRequest().getSession(false)).isNull();
		var voted = mvc.perform(post("/public/survey").param("code", code).param("answer", "SATISFIED"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(voted.getResponse().getContentAsString()).contains("投票成功");
		assertThat(voted.getRequest().getSession(false)).isNull();
		assertThat(jdbc.queryForObject("select count(*) from survey_vote where survey_id = ? and answer = 'SATISFIED'",
				Long.class, s.getId())).isEqualTo(1);
		var again = mvc.perform(post("/public/survey").param("code", code).param("answer", "DISSATISFIED"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(again.getResponse().getContentAsString()).contains("该测评码已经投过票");
		assertThat(mvc.perform(get("/public/survey").param("code", "ZZZZZZZZ")).andReturn().getResponse()
			.getContentAsString()).contains("测评码不存在");
		assertThat(jdbc.queryForObject("select count(*) from survey_vote where survey_id = ?", Long.class, s.getId()))
			.isEqualTo(1);
	}

	@Test
	@DisplayName("SAT-1: the JSON API takes a code's vote without login, once (409 with a Chinese message after)")
	void publicApiVotesOnce() throws Exception {
		Survey s = survey();
		String code = codes(s, 1).get(0).code();
		mvc.perform(get("/api/v1/public/survey/ballot").param("code", code)).andExpect(status().isOk());
		String body = "{\"code\":\"" + code + "\",\"answer\":\"FAIRLY_SATISFIED\"}";
		mvc.perform(post("/api/v1/public/survey/votes").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk());
		var second = mvc.perform(post("/api/v1/public/survey/votes").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isConflict())
			.andReturn();
		assertThat(second.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.contains("每个测评码只能投票一次");
	}

}
