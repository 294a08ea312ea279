package org.zhucun.identity;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is logged in, as other modules see it: the account, its display name, its office (if any),
 * the person record of a dispatched cadre (if linked), and its roles.
 */
public record CurrentAccount(long accountId, String username, String displayName, Long officeId, String officeName,
		Long personId, Set<Role> roles) implements Serializable {

	public boolean has(Role role) {
		return roles.contains(role);
	}

}
