package org.zhucun.identity.account;

import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.identity.CadreAccounts;
import org.zhucun.identity.Role;

/** Keeps the account–person link: cadre accounts only, one account per person (PER-2). */
@Service
@Transactional
class JpaCadreAccounts implements CadreAccounts {

	private final UserAccountRepository accounts;

	JpaCadreAccounts(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public void link(String username, long personId) {
		UserAccount account = accounts.findByUsername(UserAccount.normalise(username))
			.filter(a -> a.isEnabled() && a.getRoles().contains(Role.DISPATCHED_CADRE))
			.orElseThrow(() -> new InvalidInputException("username", "account.error.noCadreAccount", username));
		if (account.getPersonId() != null && account.getPersonId() != personId) {
			throw new InvalidInputException("username", "account.error.linkedElsewhere", username);
		}
		accounts.findByPersonId(personId).filter(other -> !other.getId().equals(account.getId())).ifPresent(UserAccount::unlinkPerson);
		accounts.flush();
		account.linkPerson(personId);
		try {
			accounts.saveAndFlush(account);
		}
		catch (DataIntegrityViolationException ex) {
			// linked to the same person at the same moment by someone else (SEC-8)
			throw new InvalidInputException("username", "account.error.linkedElsewhere", username);
		}
	}

	@Override
	public void unlink(long personId) {
		accounts.findByPersonId(personId).ifPresent(UserAccount::unlinkPerson);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> linkedUsername(long personId) {
		return accounts.findByPersonId(personId).map(UserAccount::getUsername);
	}

}
