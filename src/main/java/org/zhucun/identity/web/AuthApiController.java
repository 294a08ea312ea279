package org.zhucun.identity.web;

import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhucun.audit.AuditAction;
import org.zhucun.audit.AuditEvent;
import org.zhucun.audit.AuditTrail;
import org.zhucun.common.web.DomainException;
import org.zhucun.identity.password.LoginThrottle;
import org.zhucun.identity.password.PasswordPolicyRepository;
import org.zhucun.identity.account.AccountPrincipal;
import org.zhucun.identity.token.ApiTokenService;
import org.zhucun.identity.totp.SecondFactorService;

/**
 * Login and logout for API clients: the client sends its password once (and, for an account with a
 * second factor, its current TOTP code in {@code totp}) and receives a token to send as
 * {@code Authorization: Bearer <token>} with every later call.
 */
@RestController
@RequestMapping("/api/v1/auth/token")
@Tag(name = "认证 Authentication")
class AuthApiController {

	private final AuthenticationManager authentication;

	private final ApiTokenService tokens;

	private final SecondFactorService secondFactor;

	private final LoginThrottle throttle;

	private final PasswordPolicyRepository policies;

	private final AuditTrail audit;

	private final Clock clock;

	AuthApiController(AuthenticationManager authentication, ApiTokenService tokens, SecondFactorService secondFactor,
			LoginThrottle throttle, PasswordPolicyRepository policies, AuditTrail audit, Clock clock) {
		this.authentication = authentication;
		this.tokens = tokens;
		this.secondFactor = secondFactor;
		this.throttle = throttle;
		this.policies = policies;
		this.audit = audit;
		this.clock = clock;
	}

	@PostMapping
	@Operation(summary = "登录并获取令牌 Log in and get a token")
	TokenResponse login(@Valid @RequestBody LoginRequest request) {
		try {
			var result = authentication.authenticate(
					UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password()));
			AccountPrincipal principal = (AccountPrincipal) result.getPrincipal();
			boolean needsCode = secondFactor.applies(principal.accountId(), principal.account().roles());
			if (needsCode && !secondFactor.verify(principal.accountId(), request.totp())) {
				// a wrong code counts towards the lockout like a wrong password (SEC-2, SEC-4)
				audit.record(AuditEvent.of(AuditAction.LOGIN_FAILURE, "audit.summary.secondFactor"), principal.username(),
						principal.accountId());
				if (throttle.fail(principal.username(), clock.instant(), policies.current())) {
					audit.record(AuditEvent.of(AuditAction.LOCKOUT, null), principal.username(), principal.accountId());
				}
				throw new BadCredentials("login.error.secondFactor");
			}
			if (needsCode) {
				throttle.reset(principal.username());
			}
			var issued = tokens.issue(principal.account().accountId());
			return new TokenResponse(issued.token(), "Bearer", issued.expiresAt());
		}
		catch (LockedException ex) {
			throw new BadCredentials("login.locked");
		}
		catch (AuthenticationException ex) {
			throw new BadCredentials("login.error.badCredentials");
		}
	}

	@DeleteMapping
	@Operation(summary = "注销令牌 Revoke the token of this request")
	ResponseEntity<Void> logout(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (header != null && header.startsWith("Bearer ")) {
			tokens.revoke(header.substring("Bearer ".length()).strip());
		}
		return ResponseEntity.noContent().build();
	}

	record LoginRequest(@NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.tooLong}") String username,
			@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String password,
			@Size(max = 20, message = "{validation.tooLong}") String totp) {

		@Override
		public String toString() {
			return "LoginRequest[" + username + "]";
		}

	}

	record TokenResponse(String token, String tokenType, Instant expiresAt) {
	}

	/** Wrong username or password: one message for both, so that accounts cannot be guessed. */
	static class BadCredentials extends DomainException {

		BadCredentials(String messageKey) {
			super(messageKey);
		}

		@Override
		public HttpStatus status() {
			return HttpStatus.UNAUTHORIZED;
		}

	}

}
