package org.zhucun.personnel;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhucun.DemoLogin;
import org.zhucun.IntegrationTest;
import org.zhucun.scope.TestTokens;

/** PER-4: withdrawal with a reason, the successor, the village's history, open replacements. */
@IntegrationTest
class ReplacementTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	long activePosting(String name) {
		return jdbc.queryForObject("select a.id from assignment a join person p on p.id = a.person_id "
				+ "where p.name = ? and a.ended_on is null", Long.class, name);
	}

	@Test
	@DisplayName("PER-4: the demo history keeps both the withdrawn person and the successor")
	void historyKeepsBoth() throws Exception {
		long village = jdbc.queryForObject("select id from org_node where code = '641101002001'", Long.class);
		mvc.perform(get("/api/v1/villages/" + village + "/postings").header("Authorization", "Bearer " + TestTokens.of(mvc, "zhenbeibu-xz")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].active").value(hasItem(false)))
			.andExpect(jsonPath("$[*].active").value(hasItem(true)))
			.andExpect(jsonPath("$.length()").value(3));
		mvc.perform(get("/personnel/villages/" + village).cookie(DemoLogin.as(mvc, "zhenbeibu-xz")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("因工作需要调回原单位")))
			.andExpect(content().string(containsString("张建军")))
			.andExpect(content().string(containsString("吴海燕")));
		mvc.perform(get("/personnel/villages/" + village).cookie(DemoLogin.as(mvc, "yueyahu-xz")))
			.andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("PER-4: an open replacement is on the workbench of the county and of the dispatching unit")
	void openReplacementOnWorkbenches() throws Exception {
		for (String user : new String[] { "shahu-zzb", "tuanwei-dw" }) {
			mvc.perform(get("/").cookie(DemoLogin.as(mvc, user)))
				.andExpect(content().string(containsString("待补派")))
				.andExpect(content().string(containsString("2026-11-15 撤换")));
		}
	}

	@Test
	@DisplayName("PER-4, SEC-9: a withdrawal needs a reason, ends the posting and can post the successor at once, all or nothing")
	void withdrawWithSuccessor() throws Exception {
		String county = TestTokens.of(mvc, "shahu-zzb");
		long posting = activePosting("王秀英");
		mvc.perform(post("/api/v1/assignments/" + posting + "/withdrawal").header("Authorization", "Bearer " + county)
			.contentType(MediaType.APPLICATION_JSON).content("{\"endedOn\":\"2026-11-20\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		long successor = jdbc.queryForObject("select id from person where name = '黄丽娟'", Long.class);
		mvc.perform(post("/api/v1/assignments/" + posting + "/withdrawal").header("Authorization", "Bearer " + county)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"endedOn\":\"2026-11-20\",\"reason\":\"群众意见较大\",\"successorPersonId\":" + successor + "}"))
			.andExpect(status().isNotFound());
		org.assertj.core.api.Assertions.assertThat(activePosting("王秀英"))
			.as("SEC-9: a successor outside the scope undoes the whole withdrawal").isEqualTo(posting);
		long own = jdbc.queryForObject("select id from person where name = '刘玉兰'", Long.class);
		mvc.perform(post("/api/v1/assignments/" + posting + "/withdrawal").header("Authorization", "Bearer " + county)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"endedOn\":\"2026-11-20\",\"reason\":\"群众意见较大\",\"successorPersonId\":" + own + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));
		mvc.perform(get("/api/v1/personnel/" + own + "/assignments").header("Authorization", "Bearer " + county))
			.andExpect(jsonPath("$[0].active").value(true))
			.andExpect(jsonPath("$[0].startDate").value("2026-11-21"))
			.andExpect(jsonPath("$[0].villageName").exists());
		mvc.perform(post("/api/v1/assignments/" + posting + "/withdrawal").header("Authorization", "Bearer " + county)
			.contentType(MediaType.APPLICATION_JSON).content("{\"endedOn\":\"2026-11-21\",\"reason\":\"再次\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("已结束")));
	}

}
