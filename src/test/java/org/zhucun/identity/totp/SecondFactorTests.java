package org.zhucun.identity.totp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhucun.DemoLogin;
import org.zhucun.DemoTotp;
import org.zhucun.IntegrationTest;
import org.zhucun.identity.Role;
import org.zhucun.identity.account.UserAccount;
import org.zhucun.identity.account.UserAccountRepository;
import org.zhucun.identity.password.PasswordService;

/** SEC-4: the TOTP second factor, with real codes computed in the test. */
@IntegrationTest
class SecondFactorTests {

	static final String PASSWORD = "Admin#Second2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	PasswordService passwords;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	Cookie passwordOnly(String username, String password) throws Exception {
		return mvc.perform(formLogin().user(username).password(password)).andReturn().getResponse().getCookie("SESSION");
	}

	@Test
	@DisplayName("SEC-4: an administrator who gave only the password reaches no page until the code is given")
	void enrolledAdministratorMustGiveTheCode() throws Exception {
		Cookie session = passwordOnly("auditadmin", DemoLogin.PASSWORD);
		for (String page : new String[] { "/", "/audit", "/account/password" }) {
			mvc.perform(get(page).cookie(session)).andExpect(redirectedUrl("/login/second-factor"));
		}
		mvc.perform(post("/login/second-factor").cookie(session).with(csrf()).param("code", "000000"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/login/second-factor").cookie(session).with(csrf())
			.param("code", DemoTotp.nextCode("auditadmin"))).andExpect(redirectedUrl("/"));
		mvc.perform(get("/audit").cookie(session)).andExpect(status().isOk());
	}

	@Test
	@DisplayName("SEC-4: an administrator without a second factor must enrol one (QR code, real code) before any page")
	void administratorWithoutSecondFactorMustEnrol() throws Exception {
		transaction.executeWithoutResult(s -> {
			UserAccount admin = accounts.save(UserAccount.administrator("audit2", "第二审计员", "{noop}x", Role.AUDIT_ADMIN, null));
			passwords.setPassword(admin, PASSWORD, false);
		});
		Cookie session = passwordOnly("audit2", PASSWORD);
		mvc.perform(get("/audit").cookie(session)).andExpect(redirectedUrl("/account/totp"));
		String page = mvc.perform(get("/account/totp").cookie(session)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("src=\"data:image/png;base64,");
		var m = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<").matcher(page);
		assertThat(m.find()).isTrue();
		byte[] secret = DemoTotp.decode(m.group(1));
		mvc.perform(post("/account/totp").cookie(session).with(csrf()).param("code", "123456"))
			.andExpect(status().isBadRequest());
		String recovery = mvc.perform(post("/account/totp").cookie(session).with(csrf())
			.param("code", DemoTotp.nextCode("audit2", secret))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		List<String> codes = new ArrayList<>();
		var c = Pattern.compile("<code>([A-Z2-9]{10})</code>").matcher(recovery);
		while (c.find()) {
			codes.add(c.group(1));
		}
		assertThat(codes).hasSize(10);
		mvc.perform(get("/audit").cookie(session)).andExpect(status().isOk());
		assertThat(jdbc.queryForObject("select secret from totp_credential tc join user_account a on a.id = tc.account_id "
				+ "where a.username = 'audit2'", String.class)).startsWith("v1:").doesNotContain(m.group(1).replace(" ", ""));

		Cookie next = passwordOnly("audit2", PASSWORD);
		mvc.perform(post("/login/second-factor").cookie(next).with(csrf()).param("code", codes.get(0)))
			.andExpect(redirectedUrl("/"));
		Cookie again = passwordOnly("audit2", PASSWORD);
		mvc.perform(post("/login/second-factor").cookie(again).with(csrf()).param("code", codes.get(0)))
			.andExpect(status().isBadRequest());
	}

	@Test
	@DisplayName("SEC-4: the API gives an administrator a token only with a valid code")
	void apiNeedsTheCode() throws Exception {
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"secadmin\",\"password\":\"" + DemoLogin.PASSWORD + "\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("动态口令")));
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"secadmin\",\"password\":\"" + DemoLogin.PASSWORD + "\",\"totp\":\""
					+ DemoTotp.nextCode("secadmin") + "\"}"))
			.andExpect(status().isOk());
	}

	@Test
	@DisplayName("SEC-4, SEC-2: wrong codes through the API count towards the lockout")
	void apiCodeGuessingLocks() throws Exception {
		transaction.executeWithoutResult(s -> {
			UserAccount admin = accounts.save(UserAccount.administrator("guess-admin", "猜码", "{noop}x", Role.AUDIT_ADMIN, null));
			passwords.setPassword(admin, PASSWORD, false);
		});
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"guess-admin\",\"password\":\"" + PASSWORD + "\",\"totp\":\"00000" + i + "\"}"))
				.andExpect(status().isUnauthorized());
		}
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"guess-admin\",\"password\":\"" + PASSWORD + "\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("锁定")));
	}

	@Test
	@DisplayName("SEC-4: users of other roles need no second factor unless they enrol one")
	void othersOptional() throws Exception {
		Cookie session = passwordOnly("yueyahu-cun1", DemoLogin.PASSWORD);
		mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
	}

}
