package org.zhucun.identity.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhucun.DemoLogin;
import org.zhucun.IntegrationTest;
import org.zhucun.identity.account.UserAccountRepository;

/** SEC-1: the security administrator's screens, and only theirs. */
@IntegrationTest
class SecurityAdministratorTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccountRepository accounts;

	String temporaryPasswordIn(String html) {
		var m = java.util.regex.Pattern.compile("id=\"temporary-password\">([^<]+)<").matcher(html);
		assertThat(m.find()).as("temporary password shown").isTrue();
		return m.group(1).replace("&#39;", "'").replace("&amp;", "&").replace("&quot;", "\"");
	}

	@Test
	@DisplayName("SEC-1, SEC-2: the security administrator creates an account; its temporary password must be changed first")
	void createAccount() throws Exception {
		Cookie sec = DemoLogin.as(mvc, "secadmin");
		String html = mvc.perform(post("/security/accounts").cookie(sec).with(csrf()).param("username", "hongzhuang-xz")
			.param("displayName", "红庄乡党委 新人").param("officeCode", "641201003-DW"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String temporary = temporaryPasswordIn(html);
		Cookie user = mvc.perform(formLogin().user("hongzhuang-xz").password(temporary)).andReturn().getResponse()
			.getCookie("SESSION");
		mvc.perform(get("/org/tree").cookie(user)).andExpect(redirectedUrl("/account/password"));
		mvc.perform(post("/security/accounts").cookie(sec).with(csrf()).param("username", "hongzhuang-xz")
			.param("displayName", "重复").param("officeCode", "641201003-DW"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("已被使用")));
		mvc.perform(post("/security/accounts").cookie(sec).with(csrf()).param("username", "no-office")
			.param("displayName", "无机构"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写所在机构编码")));
	}

	@Test
	@DisplayName("SEC-3: a password reset ends the account's open sessions")
	void resetEndsSessions() throws Exception {
		Cookie victim = DemoLogin.as(mvc, "shahu-fpb");
		mvc.perform(get("/org/tree").cookie(victim)).andExpect(status().isOk());
		long id = accounts.findByUsername("shahu-fpb").orElseThrow().getId();
		String html = mvc.perform(post("/security/accounts/" + id + "/reset-password").cookie(DemoLogin.as(mvc, "secadmin"))
			.with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String temporary = temporaryPasswordIn(html);
		mvc.perform(get("/org/tree").cookie(victim)).andExpect(redirectedUrl("/login"));
		// put the demo password back for the other tests
		Cookie again = mvc.perform(formLogin().user("shahu-fpb").password(temporary)).andReturn().getResponse()
			.getCookie("SESSION");
		mvc.perform(post("/account/password").cookie(again).with(csrf()).param("currentPassword", temporary)
			.param("newPassword", DemoLogin.PASSWORD).param("confirmPassword", DemoLogin.PASSWORD))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	@DisplayName("SEC-3: the security administrator sees active sessions and can end one")
	void sessionsPage() throws Exception {
		Cookie victim = DemoLogin.as(mvc, "shahu-nb");
		Cookie sec = DemoLogin.as(mvc, "secadmin");
		String html = mvc.perform(get("/security/sessions").cookie(sec)).andExpect(status().isOk())
			.andExpect(content().string(containsString("shahu-nb"))).andReturn().getResponse().getContentAsString();
		var m = java.util.regex.Pattern.compile("(?s)<td>shahu-nb</td>.*?/security/sessions/([0-9a-f]{32})/end")
			.matcher(html);
		int ended = 0;
		while (m.find()) {
			mvc.perform(post("/security/sessions/" + m.group(1) + "/end").cookie(sec).with(csrf()))
				.andExpect(redirectedUrl("/security/sessions"));
			ended++;
			if (mvc.perform(get("/org/tree").cookie(victim)).andReturn().getResponse().getStatus() != 200) {
				break;
			}
		}
		assertThat(ended).isPositive();
		assertThat(html).as("pages show handles, never session ids (a session id is a credential)")
			.doesNotContainPattern("/security/sessions/[0-9a-f-]{36}/end");
		mvc.perform(get("/org/tree").cookie(victim)).andExpect(redirectedUrl("/login"));
	}

	@Test
	@DisplayName("SEC-2: the security administrator sets the policy within its bounds")
	void policy() throws Exception {
		Cookie sec = DemoLogin.as(mvc, "secadmin");
		mvc.perform(post("/security/policy").cookie(sec).with(csrf()).param("minLength", "6").param("minClasses", "3")
			.param("historySize", "5").param("maxAgeDays", "90").param("lockoutThreshold", "5").param("lockoutMinutes", "15"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("须在 8 到 64 之间")));
		mvc.perform(post("/security/policy").cookie(sec).with(csrf()).param("minLength", "8").param("minClasses", "3")
			.param("historySize", "5").param("maxAgeDays", "90").param("lockoutThreshold", "5").param("lockoutMinutes", "15"))
			.andExpect(redirectedUrl("/security/policy"));
	}

	@Test
	@DisplayName("SEC-1: each administrator reaches only its own screens")
	void administratorsAreSeparated() throws Exception {
		Cookie system = DemoLogin.as(mvc, "sysadmin");
		Cookie security = DemoLogin.as(mvc, "secadmin");
		Cookie audit = DemoLogin.as(mvc, "auditadmin");
		for (String page : new String[] { "/security/accounts", "/security/sessions", "/security/policy" }) {
			mvc.perform(get(page).cookie(security)).andExpect(status().isOk());
			mvc.perform(get(page).cookie(system)).andExpect(status().isForbidden());
			mvc.perform(get(page).cookie(audit)).andExpect(status().isForbidden());
		}
		mvc.perform(get("/org/tree").cookie(system)).andExpect(status().isOk());
		mvc.perform(get("/org/tree").cookie(security)).andExpect(status().isForbidden());
		mvc.perform(get("/org/tree").cookie(audit)).andExpect(status().isForbidden());
		mvc.perform(get("/audit").cookie(audit)).andExpect(status().isOk());
		mvc.perform(get("/audit").cookie(system)).andExpect(status().isForbidden());
		mvc.perform(get("/audit").cookie(security)).andExpect(status().isForbidden());
	}

}
