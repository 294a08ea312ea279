package org.zhucun.audit.internal;

import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.zhucun.audit.AuditAction;
import org.zhucun.audit.AuditEvent;
import org.zhucun.audit.AuditTrail;
import org.zhucun.common.security.AccountIdentity;

/** SEC-6: every login, failed login and logout goes into the audit log. Passwords never do. */
@Component
class AuthenticationAuditor {

	private final AuditTrail trail;

	AuthenticationAuditor(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		trail.record(AuditEvent.of(AuditAction.LOGIN_SUCCESS, null), actor(event.getAuthentication()),
				accountId(event.getAuthentication()));
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		trail.record(AuditEvent.of(AuditAction.LOGIN_FAILURE, event.getException().getClass().getSimpleName()),
				actor(event.getAuthentication()), null);
	}

	@EventListener
	void onLogout(LogoutSuccessEvent event) {
		trail.record(AuditEvent.of(AuditAction.LOGOUT, null), actor(event.getAuthentication()),
				accountId(event.getAuthentication()));
	}

	private static String actor(Authentication authentication) {
		if (authentication == null) {
			return "anonymous";
		}
		if (authentication.getPrincipal() instanceof AccountIdentity identity) {
			return identity.username();
		}
		String name = authentication.getName();
		return name == null ? "anonymous" : name.strip().toLowerCase(Locale.ROOT);
	}

	private static Long accountId(Authentication authentication) {
		return authentication != null && authentication.getPrincipal() instanceof AccountIdentity identity
				? identity.accountId() : null;
	}

}
