package org.zhucun.identity.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhucun.IntegrationTest;
import org.zhucun.identity.account.UserAccount;
import org.zhucun.identity.account.UserAccountRepository;
import org.zhucun.organisation.OrganisationDirectory;

/** SEC-2 and SEC-3 through the login form and the API. */
@IntegrationTest
class LockoutAndPasswordChangeTests {

	static final String INITIAL = "Initial#2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	PasswordService passwords;

	@Autowired
	OrganisationDirectory organisation;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	/** A new account of the 红庄乡 party committee with an initial password it must change. */
	UserAccount newAccount(String username) {
		return transaction.execute(status -> {
			UserAccount account = accounts.save(UserAccount.forOffice(username, "测试 " + username, "{noop}unset",
					organisation.officeByCode("641201003-DW").orElseThrow()));
			passwords.setPassword(account, INITIAL, true);
			return account;
		});
	}

	@Test
	@DisplayName("SEC-2: after 5 wrong passwords the account is locked: the right one fails until the lock expires")
	void lockout() throws Exception {
		newAccount("lock-test");
		for (int i = 1; i <= 5; i++) {
			mvc.perform(formLogin().user("lock-test").password("wrong-" + i)).andExpect(unauthenticated())
				.andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin().user("lock-test").password("wrong-6")).andExpect(redirectedUrl("/login?locked"));
		mvc.perform(formLogin().user("lock-test").password(INITIAL)).andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?locked"));
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'LOCKOUT' and actor = 'lock-test'",
				Long.class)).isEqualTo(1);

		jdbc.update("update login_throttle set locked_until = now() - interval '1 second' where username_key = 'lock-test'");
		mvc.perform(formLogin().user("lock-test").password(INITIAL)).andExpect(authenticated());
	}

	@Test
	@DisplayName("SEC-2: changing case or adding spaces does not reset the counter; unknown names lock alike")
	void counterCannotBeBypassed() throws Exception {
		newAccount("case-test");
		String[] variants = { "case-test", "CASE-TEST", " Case-Test", "case-test  ", "cAsE-tEsT" };
		for (String v : variants) {
			mvc.perform(formLogin().user(v).password("wrong")).andExpect(unauthenticated());
		}
		mvc.perform(formLogin().user("case-test").password(INITIAL)).andExpect(redirectedUrl("/login?locked"));
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin().user("no-such-account").password("wrong")).andExpect(unauthenticated());
		}
		mvc.perform(formLogin().user("no-such-account").password("wrong")).andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	@DisplayName("SEC-2: an initial password must be changed before anything else, on pages and in the API")
	void initialPasswordForcesChange() throws Exception {
		newAccount("first-login");
		Cookie session = mvc.perform(formLogin().user("first-login").password(INITIAL)).andReturn().getResponse()
			.getCookie("SESSION");
		mvc.perform(get("/org/tree").cookie(session)).andExpect(redirectedUrl("/account/password"));
		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));

		String token = org.zhucun.scope.TestTokens.of(mvc, "first-login", INITIAL);
		mvc.perform(get("/api/v1/org/nodes").header("Authorization", "Bearer " + token))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("请先修改密码")));

		mvc.perform(post("/account/password").cookie(session).with(csrf()).param("currentPassword", INITIAL)
			.param("newPassword", "short").param("confirmPassword", "short")).andExpect(status().isBadRequest());
		mvc.perform(post("/account/password").cookie(session).with(csrf()).param("currentPassword", INITIAL)
			.param("newPassword", INITIAL).param("confirmPassword", INITIAL)).andExpect(status().isBadRequest());
		mvc.perform(post("/account/password").cookie(session).with(csrf()).param("currentPassword", INITIAL)
			.param("newPassword", "Chosen#2026").param("confirmPassword", "Chosen#2026")).andExpect(redirectedUrl("/"));
		mvc.perform(get("/org/tree").cookie(session)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/org/nodes").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
	}

	@Test
	@DisplayName("SEC-2: an expired password forces a change; the last 5 passwords cannot come back")
	void expiredPasswordAndHistory() throws Exception {
		UserAccount account = newAccount("expiry-test");
		String token = org.zhucun.scope.TestTokens.of(mvc, "expiry-test", INITIAL);
		String[] chosen = { "Second#2026", "Third#2026", "Fourth#2026", "Fifth#2026", "Sixth#2026" };
		String current = INITIAL;
		for (String next : chosen) {
			mvc.perform(post("/api/v1/me/password").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON).content("{\"currentPassword\":\"" + current
						+ "\",\"newPassword\":\"" + next + "\",\"confirmPassword\":\"" + next + "\"}"))
				.andExpect(status().isNoContent());
			current = next;
		}
		mvc.perform(post("/api/v1/me/password").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON).content("{\"currentPassword\":\"Sixth#2026\",\"newPassword\":\"Second#2026\",\"confirmPassword\":\"Second#2026\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("不能使用最近 5 次用过的密码。"));
		mvc.perform(get("/api/v1/org/nodes").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		jdbc.update("update user_account set password_changed_at = now() - interval '91 days' where id = ?", account.getId());
		mvc.perform(get("/api/v1/org/nodes").header("Authorization", "Bearer " + token)).andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("SEC-3: a disabled user's open session ends on its next request")
	void disabledUserIsLoggedOut() throws Exception {
		UserAccount account = newAccount("disable-test");
		transaction.executeWithoutResult(s -> {
			UserAccount a = accounts.findById(account.getId()).orElseThrow();
			a.acceptPasswordAsChosen();
		});
		Cookie session = mvc.perform(formLogin().user("disable-test").password(INITIAL)).andReturn().getResponse()
			.getCookie("SESSION");
		mvc.perform(get("/org/tree").cookie(session)).andExpect(status().isOk());
		transaction.executeWithoutResult(s -> accounts.findById(account.getId()).orElseThrow().disable());
		mvc.perform(get("/org/tree").cookie(session)).andExpect(redirectedUrl("/login?expired"));
		mvc.perform(get("/org/tree").cookie(session)).andExpect(redirectedUrl("/login"));
	}

}
