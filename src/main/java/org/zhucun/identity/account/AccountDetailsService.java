package org.zhucun.identity.account;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.identity.CurrentAccount;
import org.zhucun.organisation.OfficeSummary;
import org.zhucun.organisation.OrganisationDirectory;

/** Loads an account for login, by its normalised username. */
@Service
@Transactional(readOnly = true)
public class AccountDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;

	private final OrganisationDirectory organisation;

	public AccountDetailsService(UserAccountRepository accounts, OrganisationDirectory organisation) {
		this.accounts = accounts;
		this.organisation = organisation;
	}

	@Override
	public AccountPrincipal loadUserByUsername(String username) {
		UserAccount account = accounts.findByUsername(UserAccount.normalise(username))
			.orElseThrow(() -> new UsernameNotFoundException("unknown account"));
		return principalOf(account);
	}

	AccountPrincipal principalOf(UserAccount account) {
		String officeName = account.getOfficeId() == null ? null
				: organisation.office(account.getOfficeId()).map(OfficeSummary::name).orElse(null);
		CurrentAccount current = new CurrentAccount(account.getId(), account.getUsername(), account.getDisplayName(),
				account.getOfficeId(), officeName, account.getPersonId(), account.getRoles());
		return new AccountPrincipal(current, account.getPasswordHash(), account.isEnabled());
	}

}
