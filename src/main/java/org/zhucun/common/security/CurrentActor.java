package org.zhucun.common.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The name recorded as "by whom" on a record (entered by, confirmed by, set by): the logged-in
 * account's display name, or {@code system} for work the system does itself (seeding, scheduled jobs).
 */
public final class CurrentActor {

	public static final String SYSTEM = "system";

	private CurrentActor() {
	}

	public static String name() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof AccountIdentity identity ? identity.displayName() : SYSTEM;
	}

}
