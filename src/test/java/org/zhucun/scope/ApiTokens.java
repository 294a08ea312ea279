package org.zhucun.scope;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.zhucun.DemoLogin;

/** Logs a demo account in through the API and returns its bearer token. */
public final class ApiTokens {

	private ApiTokens() {
	}

	public static String of(MockMvc mvc, String username) throws Exception {
		return of(mvc, username, DemoLogin.PASSWORD);
	}

	private static final java.util.Map<String, String> ADMIN_TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

	static String of(MockMvc mvc, String username, String password) throws Exception {
		boolean admin = DemoLogin.ADMINISTRATORS.contains(username);
		if (admin && ADMIN_TOKENS.containsKey(username)) {
			return ADMIN_TOKENS.get(username);
		}
		String totp = admin ? ",\"totp\":\"" + org.zhucun.DemoTotp.nextCode(username) + "\"" : "";
		String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"" + totp + "}"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var matcher = java.util.regex.Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
		if (!matcher.find()) {
			throw new IllegalStateException("No token for " + username + ": " + body);
		}
		if (admin) {
			ADMIN_TOKENS.put(username, matcher.group(1));
		}
		return matcher.group(1);
	}

}
