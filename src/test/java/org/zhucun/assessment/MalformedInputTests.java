package org.zhucun.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.zhucun.DemoLogin;
import org.zhucun.IntegrationTest;
import org.zhucun.scope.ApiTokens;

/**
 * Malformed input to the assessment's pages and APIs (SAT-1, SCO-X, ASM-1, SEC-9): a wrong year,
 * kind, id or body gets a refusal the user can read (4xx), never a server error.
 */
@IntegrationTest
class MalformedInputTests {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest(name = "GET {0} is refused without a server error (SAT-1, SCO-X, ASM-1)")
	@ValueSource(strings = { "/assessment?kind=NONSENSE", "/assessment?year=abc", "/assessment?kind=QUARTERLY&quarter=9",
			"/assessment/abc", "/assessment/999999999", "/scoring?year=abc", "/scoring/person/abc",
			"/scoring/person/999999999?year=2026", "/scoring/team/NOPE?year=2026", "/surveys?year=abc", "/surveys/abc",
			"/api/v1/assessments?year=abc", "/api/v1/assessments/annual-proposals?year=abc", "/api/v1/scoring/people/1?year=x",
			"/api/v1/surveys/999999999", "/public/survey?code=%00%00" })
	void readsNeverFail(String path) throws Exception {
		var request = path.startsWith("/api/") ? get(path).header("Authorization", "Bearer " + ApiTokens.of(mvc, "yueyahu-xz"))
				: get(path).cookie(login());
		int status = mvc.perform(request).andReturn().getResponse().getStatus();
		assertThat(status).as(path).isLessThan(500);
	}

	@ParameterizedTest(name = "POST {0} with a broken body is refused without a server error (ASM-1, SAT-1, SEC-9)")
	@ValueSource(strings = { "/api/v1/assessments", "/api/v1/assessments/1/sign", "/api/v1/assessments/1/return",
			"/api/v1/scoring/scores", "/api/v1/public/survey/votes" })
	void brokenBodiesNeverFail(String path) throws Exception {
		for (String body : new String[] { "{", "{\"kind\":\"NONSENSE\",\"year\":\"x\"}", "[]", "{\"score\":\"abc\"}" }) {
			int status = mvc.perform(post(path).header("Authorization", "Bearer " + ApiTokens.of(mvc, "yueyahu-xz"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as(path + " " + body).isLessThan(500);
		}
	}

	private Cookie login() throws Exception {
		return DemoLogin.as(mvc, "yueyahu-xz");
	}

}
