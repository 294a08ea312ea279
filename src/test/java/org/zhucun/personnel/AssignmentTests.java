package org.zhucun.personnel;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import org.springframework.test.web.servlet.ResultActions;
import org.zhucun.DemoLogin;
import org.zhucun.IntegrationTest;
import org.zhucun.scope.TestTokens;

/** PER-2/3: postings to villages, their rules, and the scope they open to townships. */
@IntegrationTest
class AssignmentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	long person(String name) {
		return jdbc.queryForObject("select id from person where name = ?", Long.class, name);
	}

	/** A new person of 沙湖县财政局, created by the unit itself, with a valid ID number used only here. */
	long newPerson(String name, String idNumber) throws Exception {
		String body = mvc.perform(post("/api/v1/personnel").header("Authorization", "Bearer " + TestTokens.of(mvc, "caizheng-dw"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + name + "\",\"idNumber\":\"" + idNumber
					+ "\",\"politicalStatus\":\"PARTY_MEMBER\",\"workUnitPost\":\"科员\",\"unitCode\":\"U641101-01\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
	}

	ResultActions assign(long personId, String json) throws Exception {
		return mvc.perform(post("/api/v1/personnel/" + personId + "/assignments")
			.header("Authorization", "Bearer " + TestTokens.of(mvc, "shahu-zzb"))
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	@Test
	@DisplayName("PER-2: a second active assignment for the same person is refused")
	void oneActiveAssignment() throws Exception {
		assign(person("李振华"), "{\"villageCode\":\"641101003001\",\"role\":\"TEAM_MEMBER\",\"startDate\":\"2026-11-01\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("同一人只能有一个在岗派驻")));
	}

	@Test
	@DisplayName("PER-2: a first secretary's term is 2 years unless given; ORG-2: only a flagged village receives anyone")
	void defaultTermAndFlaggedVillagesOnly() throws Exception {
		long id = newPerson("待派驻甲", "641101199001010212");
		assign(id, "{\"villageCode\":\"641101003004\",\"role\":\"TEAM_MEMBER\",\"startDate\":\"2026-11-01\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("不能派驻")));
		assign(id, "{\"villageCode\":\"641201001001\",\"role\":\"TEAM_MEMBER\",\"startDate\":\"2026-11-01\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("不在您的管理范围内")));
	}

	@Test
	@DisplayName("PER-2, PER-3: a posting gets the default term; a team has one leader")
	void postingAndLeader() throws Exception {
		long id = newPerson("待派驻乙", "641101199102020321");
		assign(id, "{\"villageCode\":\"641101003002\",\"role\":\"FIRST_SECRETARY\",\"leadsTeam\":true,\"startDate\":\"2026-11-01\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.plannedEndDate").value("2028-11-01"))
			.andExpect(jsonPath("$.leadsTeam").value(true))
			.andExpect(jsonPath("$.dispatchLevel").value("COUNTY"));
		assign(newPerson("待派驻丙", "641101199303030438"),
				"{\"villageCode\":\"641101003002\",\"role\":\"TEAM_LEADER\",\"startDate\":\"2026-11-02\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("已有队长")));
		mvc.perform(get("/api/v1/personnel/" + id + "/assignments").header("Authorization", "Bearer " + TestTokens.of(mvc, "shahu-zzb")))
			.andExpect(jsonPath("$[0].villageName").exists())
			.andExpect(jsonPath("$[0].active").value(true));
	}

	@Test
	@DisplayName("PER-2, ORG-5: a township sees the cadres of its villages, the neighbouring township does not")
	void townshipScope() throws Exception {
		long id = person("李振华");
		mvc.perform(get("/personnel/" + id).cookie(DemoLogin.as(mvc, "yueyahu-xz"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("第一书记")));
		mvc.perform(get("/personnel").cookie(DemoLogin.as(mvc, "yueyahu-xz")))
			.andExpect(content().string(containsString("李振华")));
		mvc.perform(get("/personnel/" + id).cookie(DemoLogin.as(mvc, "zhenbeibu-xz"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/personnel/" + id).header("Authorization", "Bearer " + TestTokens.of(mvc, "zhenbeibu-xz")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/personnel").cookie(DemoLogin.as(mvc, "zhenbeibu-xz")))
			.andExpect(content().string(not(containsString("李振华"))));
	}

	@Test
	@DisplayName("PER-2, SEC-8: two postings of one person sent at the same moment: exactly one succeeds, the other gets 409")
	void concurrentPostings() throws Exception {
		long id = newPerson("并发派驻", "641101199404040512");
		String token = TestTokens.of(mvc, "shahu-zzb");
		var ready = new java.util.concurrent.CountDownLatch(1);
		var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			java.util.List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
			for (String village : new String[] { "641101004001", "641101004002" }) {
				results.add(pool.submit(() -> {
					ready.await();
					return mvc.perform(post("/api/v1/personnel/" + id + "/assignments").header("Authorization", "Bearer " + token)
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"villageCode\":\"" + village + "\",\"role\":\"TEAM_MEMBER\",\"startDate\":\"2026-11-01\"}"))
						.andReturn().getResponse().getStatus();
				}));
			}
			ready.countDown();
			java.util.List<Integer> statuses = new java.util.ArrayList<>();
			for (var r : results) {
				statuses.add(r.get(30, java.util.concurrent.TimeUnit.SECONDS));
			}
			org.assertj.core.api.Assertions.assertThat(statuses).containsExactlyInAnyOrder(201, 409);
		}
		finally {
			pool.shutdownNow();
		}
		org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
				"select count(*) from assignment where person_id = ? and ended_on is null", Long.class, id)).isEqualTo(1);
	}

	@Test
	@DisplayName("PER-2: terms ending within 60 days appear on the county's workbench")
	void termsEndingOnWorkbench() throws Exception {
		mvc.perform(get("/").cookie(DemoLogin.as(mvc, "shahu-zzb")))
			.andExpect(content().string(containsString("任期即将届满")))
			.andExpect(content().string(containsString("60 天内计划结束的在岗派驻")));
	}

}
