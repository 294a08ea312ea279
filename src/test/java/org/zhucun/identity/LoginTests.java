package org.zhucun.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.zhucun.DemoLogin;
import org.zhucun.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class LoginTests {

	static final String PASSWORD = "Zhucun@2026";

	@Autowired
	MockMvc mvc;

	@ParameterizedTest(name = "ORG-4: demo account {0} logs in and sees its workbench")
	@ValueSource(strings = { "sysadmin", "secadmin", "auditadmin", "region-zzb", "helanshan-zzb", "shahu-zzb",
			"shahu-nb", "shahu-fpb", "huanghe-zzb", "yueyahu-xz", "zhenbeibu-xz", "yueyahu-cun1", "caizheng-dw",
			"tuanwei-dw", "cadre-wang" })
	void everyDemoAccountReachesItsWorkbench(String username) throws Exception {
		mvc.perform(formLogin().user(username).password(PASSWORD))
			.andExpect(authenticated().withUsername(username))
			.andExpect(redirectedUrl("/"));
		mvc.perform(get("/").cookie(DemoLogin.as(mvc, username)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"workbench\"")));
	}

	@Test
	@DisplayName("SEC-2: a wrong password and an unknown account get the same answer")
	void wrongPasswordAndUnknownAccountLookAlike() throws Exception {
		mvc.perform(formLogin().user("shahu-zzb").password("wrong")).andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(formLogin().user("nobody-here").password("wrong")).andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	@DisplayName("SEC-2: the username is matched case- and space-insensitively")
	void usernameIsNormalised() throws Exception {
		mvc.perform(formLogin().user("  ShaHu-ZZB ").password(PASSWORD)).andExpect(authenticated());
	}

	@Test
	@DisplayName("SEC-3: login issues a new session id (no session fixation)")
	void loginChangesSessionId() throws Exception {
		Cookie anonymous = mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
		assertThat(anonymous).isNotNull();
		var result = mvc.perform(post("/login").param("username", "shahu-zzb").param("password", PASSWORD)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.cookie(anonymous)).andReturn();
		Cookie after = result.getResponse().getCookie("SESSION");
		assertThat(after).isNotNull();
		assertThat(after.getValue()).isNotEqualTo(anonymous.getValue());
	}

	@Test
	@DisplayName("ORG-5: pages need a login; htmx requests are told to go to the login page")
	void anonymousIsSentToLogin() throws Exception {
		mvc.perform(get("/org/tree")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/org/tree").header("HX-Request", "true")).andExpect(status().isUnauthorized())
			.andExpect(header().string("HX-Redirect", "/login"));
	}

	@Test
	@DisplayName("SEC-7: a form post without a CSRF token is refused")
	void postWithoutCsrfIsRefused() throws Exception {
		mvc.perform(post("/login").param("username", "shahu-zzb").param("password", PASSWORD))
			.andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("SEC-3: logout ends the session")
	void logoutEndsTheSession() throws Exception {
		mvc.perform(logout()).andExpect(redirectedUrl("/login?logout"));
	}

}
