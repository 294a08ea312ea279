package org.zhucun;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Runs service calls as a demo account, as a request of that user would: the services read the
 * security context for the user's data scope and name.
 */
public final class RunAs {

	private final UserDetailsService accounts;

	public RunAs(UserDetailsService accounts) {
		this.accounts = accounts;
	}

	public <T> T as(String username, Supplier<T> work) {
		UserDetails user = accounts.loadUserByUsername(username);
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

	public void run(String username, Runnable work) {
		as(username, () -> {
			work.run();
			return null;
		});
	}

}
