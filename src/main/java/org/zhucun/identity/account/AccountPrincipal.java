package org.zhucun.identity.account;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.zhucun.common.security.AccountIdentity;
import org.zhucun.identity.CurrentAccount;

/**
 * The logged-in user as Spring Security holds it (and as the session stores it). Authorities are
 * the roles ({@code ROLE_SYSTEM_ADMIN}) and the permissions they grant ({@code ORG_TREE_READ}).
 */
public class AccountPrincipal implements UserDetails, CredentialsContainer, AccountIdentity {

	private static final long serialVersionUID = 1L;

	private final CurrentAccount account;

	private final boolean enabled;

	private final List<SimpleGrantedAuthority> authorities;

	private String passwordHash;

	public AccountPrincipal(CurrentAccount account, String passwordHash, boolean enabled) {
		this.account = account;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.authorities = account.roles().stream()
			.flatMap(r -> Stream.concat(Stream.of("ROLE_" + r.name()), r.permissions().stream().map(Enum::name)))
			.distinct()
			.sorted()
			.map(SimpleGrantedAuthority::new)
			.toList();
	}

	public CurrentAccount account() {
		return account;
	}

	@Override
	public long accountId() {
		return account.accountId();
	}

	@Override
	public String username() {
		return account.username();
	}

	@Override
	public String displayName() {
		return account.displayName();
	}

	@Override
	public Long officeId() {
		return account.officeId();
	}

	public String getDisplayName() {
		return account.displayName();
	}

	public String getOfficeName() {
		return account.officeName();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return account.username();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public String toString() {
		return "AccountPrincipal[" + account.username() + "]";
	}

}
