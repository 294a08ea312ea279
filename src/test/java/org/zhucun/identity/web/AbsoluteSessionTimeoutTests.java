package org.zhucun.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zhucun.identity.CurrentAccount;
import org.zhucun.identity.Role;
import org.zhucun.identity.account.AccountPrincipal;
import org.zhucun.identity.account.UserAccount;
import org.zhucun.identity.account.UserAccountRepository;
import org.zhucun.identity.password.PasswordService;
import org.zhucun.identity.totp.SecondFactorService;

/** SEC-3: a session ends a fixed time after login, however active it has been. */
class AbsoluteSessionTimeoutTests {

	static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

	final UserAccountRepository accounts = mock(UserAccountRepository.class);

	final PasswordService passwords = mock(PasswordService.class);

	final SecondFactorService secondFactor = mock(SecondFactorService.class);

	final AccountStatusFilter filter = new AccountStatusFilter(accounts, passwords, secondFactor,
			mock(SecurityProblemWriter.class), Duration.ofHours(12), Clock.fixed(NOW, ZoneOffset.UTC));

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	MockHttpServletResponse request(Instant loggedInAt) throws Exception {
		UserAccount account = UserAccount.forCadre("cadre-x", "某干部", "{noop}x", null);
		when(accounts.findById(any())).thenReturn(Optional.of(account));
		var principal = new AccountPrincipal(new CurrentAccount(7, "cadre-x", "某干部", null, null, null,
				Set.of(Role.DISPATCHED_CADRE)), null, true);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/org/tree");
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(AccountStatusFilter.LOGIN_TIME, loggedInAt);
		request.setSession(session);
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain());
		return response;
	}

	@Test
	@DisplayName("SEC-3: within 12 hours of login the request goes through")
	void withinTheLimit() throws Exception {
		assertThat(request(NOW.minus(Duration.ofHours(11))).getRedirectedUrl()).isNull();
	}

	@Test
	@DisplayName("SEC-3: past 12 hours after login the session ends and the user is sent to log in again")
	void pastTheLimit() throws Exception {
		MockHttpServletResponse response = request(NOW.minus(Duration.ofHours(13)));
		assertThat(response.getRedirectedUrl()).isEqualTo("/login?expired");
		assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
	}

}
