package org.zhucun.scope;

import org.springframework.test.web.servlet.MockMvc;

/** Bearer tokens of demo accounts, for API tests in other packages. */
public final class TestTokens {

	private TestTokens() {
	}

	public static String of(MockMvc mvc, String username) throws Exception {
		return ApiTokens.of(mvc, username);
	}

	public static String of(MockMvc mvc, String username, String password) throws Exception {
		return ApiTokens.of(mvc, username, password);
	}

}
