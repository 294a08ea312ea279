package org.zhucun.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

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
import org.zhucun.identity.account.UserAccount;
import org.zhucun.identity.account.UserAccountRepository;
import org.zhucun.scope.TestTokens;

/** PER-2 with ORG-5: a dispatched cadre's account is linked to their record; they see it and nothing of others. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CadreOwnRecordTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserAccountRepository accounts;

	long own;

	long other;

	Cookie cadre;

	@BeforeAll
	void findRecords() throws Exception {
		own = jdbc.queryForObject("select id from person where name = '王建国'", Long.class);
		other = jdbc.queryForObject("select id from person where name = '李振华'", Long.class);
		cadre = DemoLogin.as(mvc, "cadre-wang");
	}

	@Test
	@DisplayName("PER-2: the linked cadre opens their own record from 我的档案 and sees their postings")
	void cadreSeesOwnRecord() throws Exception {
		mvc.perform(get("/personnel/me").cookie(cadre)).andExpect(redirectedUrl("/personnel/" + own));
		mvc.perform(get("/personnel/" + own).cookie(cadre))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("王建国")))
			.andExpect(content().string(containsString("工作队队员")))
			.andExpect(content().string(not(containsString("/personnel/villages/"))));
		mvc.perform(get("/").cookie(cadre))
			.andExpect(content().string(containsString("我的档案")))
			.andExpect(content().string(not(containsString("任期即将届满"))));
	}

	@Test
	@DisplayName("PER-2/ORG-5: the linked cadre sees nothing of other people, by URL, list or API")
	void cadreSeesNobodyElse() throws Exception {
		mvc.perform(get("/personnel/" + other).cookie(cadre)).andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("李振华"))));
		mvc.perform(get("/personnel").cookie(cadre))
			.andExpect(content().string(containsString("王建国")))
			.andExpect(content().string(not(containsString("李振华"))));
		String token = TestTokens.of(mvc, "cadre-wang");
		mvc.perform(get("/api/v1/personnel/me").header("Authorization", "Bearer " + token))
			.andExpect(jsonPath("$.name").value("王建国"))
			.andExpect(jsonPath("$.idNumber").value(containsString("****")));
		mvc.perform(get("/api/v1/personnel").header("Authorization", "Bearer " + token))
			.andExpect(jsonPath("$.totalElements").value(1));
		mvc.perform(get("/api/v1/personnel/" + other).header("Authorization", "Bearer " + token))
			.andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("PER-2: an office user with no linked record gets a clear message from 我的档案")
	void officeHasNoOwnRecord() throws Exception {
		mvc.perform(get("/personnel/me").cookie(DemoLogin.as(mvc, "shahu-zzb")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("尚未关联人员档案")));
	}

	@Test
	@DisplayName("PER-2: the county links a cadre account to a record; unknown or taken accounts are refused in Chinese; outsiders get 404")
	void countyLinksAccount() throws Exception {
		String body = mvc.perform(post("/api/v1/personnel").header("Authorization", "Bearer " + TestTokens.of(mvc, "caizheng-dw"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"关联测试\",\"idNumber\":\"641101199002020017\","
					+ "\"politicalStatus\":\"PARTY_MEMBER\",\"workUnitPost\":\"科员\",\"unitCode\":\"U641101-01\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long person = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
		accounts.save(UserAccount.forCadre("69-cadre-link", "关联测试", "{noop}unused", null));
		Cookie county = DemoLogin.as(mvc, "shahu-zzb");

		mvc.perform(post("/personnel/" + person + "/account").cookie(county).with(csrf()).param("username", "nobody-69"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("没有名为“nobody-69”的可用选派人员账号")));
		mvc.perform(post("/personnel/" + person + "/account").cookie(county).with(csrf()).param("username", "cadre-wang"))
			.andExpect(content().string(containsString("已关联其他人员档案")));
		mvc.perform(post("/personnel/" + person + "/account").cookie(county).with(csrf()).param("username", "shahu-nb"))
			.andExpect(content().string(containsString("没有名为“shahu-nb”的可用选派人员账号")));
		assertThat(linkedTo(person)).isZero();

		mvc.perform(put("/api/v1/personnel/" + person + "/account").header("Authorization", "Bearer " + TestTokens.of(mvc, "huanghe-zzb"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"69-cadre-link\"}"))
			.andExpect(status().isNotFound());
		assertThat(linkedTo(person)).isZero();

		mvc.perform(post("/personnel/" + person + "/account").cookie(county).with(csrf()).param("username", "69-CADRE-LINK"))
			.andExpect(redirectedUrl("/personnel/" + person));
		assertThat(linkedTo(person)).isEqualTo(1);
		mvc.perform(get("/personnel/" + person).cookie(county)).andExpect(content().string(containsString("已关联账号：69-cadre-link")));

		mvc.perform(delete("/api/v1/personnel/" + person + "/account").header("Authorization", "Bearer " + TestTokens.of(mvc, "shahu-zzb")))
			.andExpect(status().isNoContent());
		assertThat(linkedTo(person)).isZero();
	}

	private long linkedTo(long person) {
		return jdbc.queryForObject("select count(*) from user_account where person_id = ?", Long.class, person);
	}

}
