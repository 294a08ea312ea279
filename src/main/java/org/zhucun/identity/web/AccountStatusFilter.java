package org.zhucun.identity.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.zhucun.identity.account.AccountPrincipal;
import org.zhucun.identity.account.UserAccount;
import org.zhucun.identity.account.UserAccountRepository;
import org.zhucun.identity.password.PasswordService;
import org.zhucun.identity.totp.SecondFactorService;

/**
 * Runs on every authenticated request, after login:
 * <ul>
 * <li>SEC-3: an account disabled meanwhile, or a session older than the absolute timeout, is logged
 * out at once;</li>
 * <li>SEC-4: on pages, a user with a second factor gives its code first; an administrator without one
 * enrols first;</li>
 * <li>SEC-2: an initial, reset or expired password must be changed before anything else.</li>
 * </ul>
 */
class AccountStatusFilter extends OncePerRequestFilter {

	static final String LOGIN_TIME = AccountStatusFilter.class.getName() + ".loginTime";

	static final String PASSWORD_PAGE = "/account/password";

	static final String PASSWORD_API = "/api/v1/me/password";

	static final String SECOND_FACTOR_PAGE = "/login/second-factor";

	static final String ENROLMENT_PAGE = "/account/totp";

	private final UserAccountRepository accounts;

	private final PasswordService passwords;

	private final SecondFactorService secondFactor;

	private final SecurityProblemWriter problems;

	private final Duration absoluteTimeout;

	private final Clock clock;

	AccountStatusFilter(UserAccountRepository accounts, PasswordService passwords, SecondFactorService secondFactor,
			SecurityProblemWriter problems, Duration absoluteTimeout, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.secondFactor = secondFactor;
		this.problems = problems;
		this.absoluteTimeout = absoluteTimeout;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !(auth.getPrincipal() instanceof AccountPrincipal principal)) {
			chain.doFilter(request, response);
			return;
		}
		boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		Optional<UserAccount> account = accounts.findById(principal.accountId());
		if (account.isEmpty() || !account.get().isEnabled() || sessionTooOld(request)) {
			endSession(request);
			if (api) {
				problems.write(request, response, HttpStatus.UNAUTHORIZED, "error.unauthenticated");
			}
			else {
				response.sendRedirect(request.getContextPath() + "/login?expired");
			}
			return;
		}
		HttpSession session = request.getSession(false);
		if (!api && !SecondFactorController.verified(session, principal.accountId())) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (secondFactor.enrolled(principal.accountId())) {
				if (!path.equals(SECOND_FACTOR_PAGE) && !isStaticOrLogout(path)) {
					response.sendRedirect(request.getContextPath() + SECOND_FACTOR_PAGE);
					return;
				}
				chain.doFilter(request, response);
				return;
			}
			if (secondFactor.required(principal.account().roles())) {
				if (!path.equals(ENROLMENT_PAGE) && !isStaticOrLogout(path)) {
					response.sendRedirect(request.getContextPath() + ENROLMENT_PAGE);
					return;
				}
				chain.doFilter(request, response);
				return;
			}
		}
		if (passwords.changeDue(account.get()) && !mayPassWhileChangeDue(request)) {
			if (api) {
				problems.write(request, response, HttpStatus.FORBIDDEN, "password.error.changeRequired");
			}
			else {
				response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean sessionTooOld(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return false;
		}
		Instant now = clock.instant();
		Object login = session.getAttribute(LOGIN_TIME);
		if (!(login instanceof Instant started)) {
			session.setAttribute(LOGIN_TIME, now);
			return false;
		}
		return started.plus(absoluteTimeout).isBefore(now);
	}

	private static void endSession(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
	}

	private static boolean mayPassWhileChangeDue(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals(PASSWORD_PAGE) || path.equals(PASSWORD_API) || path.equals("/api/v1/auth/token")
				|| isStaticOrLogout(path);
	}

	private static boolean isStaticOrLogout(String path) {
		return path.equals("/logout") || path.startsWith("/css/") || path.startsWith("/js/")
				|| path.startsWith("/webjars/") || path.equals("/error");
	}

}
