package org.zhucun;

import java.util.function.Supplier;

import org.zhucun.common.security.ActingAs;

import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Runs service calls as a demo account, as a request of that user would: the services read the
 * security context for the user's data scope and name.
 */
public final class RunAs {

	private final ActingAs acting;

	public RunAs(UserDetailsService accounts) {
		this.acting = new ActingAs(accounts);
	}

	public <T> T as(String username, Supplier<T> work) {
		return acting.as(username, work);
	}

	public void run(String username, Runnable work) {
		as(username, () -> {
			work.run();
			return null;
		});
	}

}
