package org.zhucun.identity;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhucun.DemoLogin;
import org.zhucun.IntegrationTest;

/** SEC-7: protective headers on pages and API, and pages without inline script. */
@IntegrationTest
class SecurityHeaderTests {

	@Autowired
	MockMvc mvc;

	@Test
	@DisplayName("SEC-7: pages carry the CSP, Referrer-Policy, nosniff and frame denial")
	void pagesCarryHeaders() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
			.andExpect(header().string("Referrer-Policy", "same-origin"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	@DisplayName("SEC-7: the session cookie is HttpOnly and SameSite=Lax (Secure with ZHUCUN_SECURE_COOKIE=true)")
	void sessionCookieFlags() throws Exception {
		var response = mvc.perform(get("/login")).andReturn().getResponse();
		var cookie = response.getCookie("SESSION");
		org.assertj.core.api.Assertions.assertThat(cookie).isNotNull();
		org.assertj.core.api.Assertions.assertThat(cookie.isHttpOnly()).isTrue();
		org.assertj.core.api.Assertions.assertThat(cookie.getAttribute("SameSite")).isEqualTo("Lax");
	}

	@Test
	@DisplayName("SEC-7: the API carries the same headers")
	void apiCarriesHeaders() throws Exception {
		mvc.perform(get("/api/v1/me"))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	@DisplayName("SEC-7: no page has an inline script or an inline style attribute")
	void noInlineScript() throws Exception {
		var admin = DemoLogin.as(mvc, "sysadmin");
		for (String page : new String[] { "/", "/org/tree", "/org/units", "/org/offices", "/org/nodes/new?parent=641101" }) {
			mvc.perform(get(page).cookie(admin))
				.andExpect(content().string(not(containsString("<script>"))))
				.andExpect(content().string(not(containsString(" style=\""))))
				.andExpect(content().string(not(containsString("onclick="))));
		}
		mvc.perform(get("/login")).andExpect(content().string(not(containsString(" style=\""))));
	}

}
