package org.zhucun.scope;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.zhucun.DemoLogin;

/** Logs a demo account in through the API and returns its bearer token. */
final class ApiTokens {

	private ApiTokens() {
	}

	static String of(MockMvc mvc, String username) throws Exception {
		return of(mvc, username, DemoLogin.PASSWORD);
	}

	static String of(MockMvc mvc, String username, String password) throws Exception {
		String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var matcher = java.util.regex.Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
		if (!matcher.find()) {
			throw new IllegalStateException("No token for " + username + ": " + body);
		}
		return matcher.group(1);
	}

}
