package org.zhucun.identity.password;

import java.time.Clock;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.zhucun.audit.AuditAction;
import org.zhucun.audit.AuditEvent;
import org.zhucun.audit.AuditTrail;
import org.zhucun.identity.account.AccountPrincipal;
import org.zhucun.identity.account.UserAccount;
import org.zhucun.identity.totp.SecondFactorService;

/**
 * Checks the lock before the password and counts failures after (SEC-2). A locked username is
 * refused even with the right password until the lock expires; the answer is the same whether the
 * account exists or not.
 */
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	private final PasswordPolicyRepository policies;

	private final AuditTrail audit;

	private final Clock clock;

	private final SecondFactorService secondFactor;

	public ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle,
			PasswordPolicyRepository policies, AuditTrail audit, Clock clock, SecondFactorService secondFactor) {
		this.secondFactor = secondFactor;
		this.passwords = passwords;
		this.throttle = throttle;
		this.policies = policies;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String key = UserAccount.normalise(authentication.getName());
		if (key == null || key.isEmpty()) {
			throw new BadCredentialsException("empty username");
		}
		Object credentials = authentication.getCredentials();
		if (credentials instanceof String password
				&& password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > PasswordPolicy.MAX_BYTES) {
			throw new BadCredentialsException("too long");
		}
		if (throttle.isLocked(key, clock.instant())) {
			throw new LockedException("locked");
		}
		try {
			Authentication result = passwords.authenticate(authentication);
			if (!(result.getPrincipal() instanceof AccountPrincipal principal)
					|| !secondFactor.applies(principal.accountId(), principal.account().roles())) {
				// with a second factor the counter is reset only once the code is right too
				throttle.reset(key);
			}
			return result;
		}
		catch (BadCredentialsException ex) {
			if (throttle.fail(key, clock.instant(), policies.current())) {
				audit.record(AuditEvent.of(AuditAction.LOCKOUT, null), key, null);
			}
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
