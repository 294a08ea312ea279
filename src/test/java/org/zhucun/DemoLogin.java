package org.zhucun;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;

/**
 * Logs a demo account in through the real login form and returns its session cookie (sessions live
 * in PostgreSQL through Spring Session, so the cookie is what carries them).
 */
public final class DemoLogin {

	public static final String PASSWORD = "Zhucun@2026";

	private DemoLogin() {
	}

	public static Cookie as(MockMvc mvc, String username) throws Exception {
		var result = mvc.perform(formLogin().user(username).password(PASSWORD)).andReturn();
		Cookie cookie = result.getResponse().getCookie("SESSION");
		if (cookie == null || result.getResponse().getStatus() != 302
				|| !"/".equals(result.getResponse().getRedirectedUrl())) {
			throw new IllegalStateException("Demo login failed for " + username);
		}
		return cookie;
	}

}
