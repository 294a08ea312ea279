package org.zhucun;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;

/**
 * Logs a demo account in through the real login form and returns its session cookie (sessions live
 * in PostgreSQL through Spring Session, so the cookie is what carries them). The administrators
 * also give a real TOTP code (SEC-4); their sessions are kept for the test run, since each code
 * can be used only once.
 */
public final class DemoLogin {

	public static final String PASSWORD = "Zhucun@2026";

	public static final Set<String> ADMINISTRATORS = Set.of("sysadmin", "secadmin", "auditadmin");

	private static final Map<String, Cookie> ADMIN_SESSIONS = new ConcurrentHashMap<>();

	private DemoLogin() {
	}

	public static Cookie as(MockMvc mvc, String username) throws Exception {
		if (ADMINISTRATORS.contains(username)) {
			Cookie cached = ADMIN_SESSIONS.get(username);
			if (cached != null && stillValid(mvc, cached)) {
				return cached;
			}
		}
		var result = mvc.perform(formLogin().user(username).password(PASSWORD)).andReturn();
		Cookie cookie = result.getResponse().getCookie("SESSION");
		if (cookie == null || result.getResponse().getStatus() != 302
				|| !"/".equals(result.getResponse().getRedirectedUrl())) {
			throw new IllegalStateException("Demo login failed for " + username);
		}
		if (ADMINISTRATORS.contains(username)) {
			var second = mvc.perform(post("/login/second-factor").cookie(cookie).with(csrf())
				.param("code", DemoTotp.nextCode(username))).andReturn().getResponse();
			if (!"/".equals(second.getRedirectedUrl())) {
				throw new IllegalStateException("Second factor refused for " + username);
			}
			ADMIN_SESSIONS.put(username, cookie);
		}
		return cookie;
	}

	private static boolean stillValid(MockMvc mvc, Cookie cookie) throws Exception {
		var response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/")
			.cookie(cookie)).andReturn().getResponse();
		return response.getStatus() == 200;
	}

}
