package org.zhucun.common.security;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Runs work as a named account, as that user's request would (its data scope, its name on records):
 * for demo seeders that enter records through the services. The caller's own context is restored.
 */
@Component
public class ActingAs {

	private final UserDetailsService accounts;

	public ActingAs(UserDetailsService accounts) {
		this.accounts = accounts;
	}

	public <T> T as(String username, Supplier<T> work) {
		var user = accounts.loadUserByUsername(username);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		var previous = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
