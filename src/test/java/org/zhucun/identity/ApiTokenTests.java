package org.zhucun.identity;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.zhucun.DemoLogin;
import org.zhucun.IntegrationTest;
import org.zhucun.scope.TestTokens;

/** API clients log in once and then send a token, never the password. */
@IntegrationTest
class ApiTokenTests {

	@Autowired
	MockMvc mvc;

	@Test
	@DisplayName("a token issued at login identifies the user, their office and permissions")
	void tokenIdentifiesTheUser() throws Exception {
		String token = TestTokens.of(mvc, "yueyahu-xz");
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("yueyahu-xz"))
			.andExpect(jsonPath("$.officeName").value("月牙湖乡党委"))
			.andExpect(jsonPath("$.roles[0]").value("TOWNSHIP_PARTY_COMMITTEE"))
			.andExpect(jsonPath("$.permissions").value(hasItem("ORG_TREE_READ")));
	}

	@Test
	@DisplayName("a wrong password and an unknown account get the same 401 problem detail")
	void badCredentials() throws Exception {
		for (String body : new String[] { "{\"username\":\"yueyahu-xz\",\"password\":\"nope\"}",
				"{\"username\":\"no-such-user\",\"password\":\"nope\"}" }) {
			mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.detail").value("用户名或密码错误。"));
		}
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("password")));
	}

	@Test
	@DisplayName("a revoked token no longer works")
	void revokedToken() throws Exception {
		String token = TestTokens.of(mvc, "shahu-nb");
		mvc.perform(delete("/api/v1/auth/token").header("Authorization", "Bearer " + token))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
	}

	@Test
	@DisplayName("SEC-7: the API takes no session cookie, so a page session cannot be used for cross-site API calls")
	void apiIgnoresSessionCookies() throws Exception {
		mvc.perform(get("/api/v1/me").cookie(DemoLogin.as(mvc, "shahu-zzb"))).andExpect(status().isUnauthorized());
	}

	@Test
	@DisplayName("the OpenAPI description lists the API")
	void openApi() throws Exception {
		mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/org/nodes']").exists());
	}

}
