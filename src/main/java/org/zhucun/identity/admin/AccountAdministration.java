package org.zhucun.identity.admin;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.audit.AuditAction;
import org.zhucun.audit.AuditEvent;
import org.zhucun.audit.AuditTrail;
import org.zhucun.common.scope.DataScope;
import org.zhucun.common.scope.DataScopeProvider;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.common.web.NotFoundException;
import org.zhucun.identity.Role;
import org.zhucun.identity.account.UserAccount;
import org.zhucun.identity.account.UserAccountRepository;
import org.zhucun.identity.password.LoginThrottle;
import org.zhucun.identity.password.PasswordService;
import org.zhucun.identity.totp.SecondFactorService;
import org.zhucun.organisation.OfficeSummary;
import org.zhucun.organisation.OrganisationDirectory;

/**
 * SEC-1: what the security administrator does to accounts — create, disable, enable, reset the
 * password, unlock — within their data scope (an account lies where its office lies).
 */
@Service
@Transactional
public class AccountAdministration {

	private final UserAccountRepository accounts;

	private final OrganisationDirectory organisation;

	private final PasswordService passwords;

	private final SessionTerminator sessions;

	private final LoginThrottle throttle;

	private final DataScopeProvider scopes;

	private final AuditTrail audit;

	private final SecondFactorService secondFactor;

	AccountAdministration(UserAccountRepository accounts, OrganisationDirectory organisation, PasswordService passwords,
			SessionTerminator sessions, LoginThrottle throttle, DataScopeProvider scopes, AuditTrail audit,
			SecondFactorService secondFactor) {
		this.secondFactor = secondFactor;
		this.accounts = accounts;
		this.organisation = organisation;
		this.passwords = passwords;
		this.sessions = sessions;
		this.throttle = throttle;
		this.scopes = scopes;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<UserAccount> list(String text) {
		DataScope scope = scopes.currentScope();
		String q = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
		return accounts.findAll().stream()
			.filter(a -> visible(a, scope))
			.filter(a -> q.isEmpty() || a.getUsername().contains(q) || a.getDisplayName().toLowerCase(Locale.ROOT).contains(q))
			.sorted(Comparator.comparing(UserAccount::getUsername))
			.toList();
	}

	@Transactional(readOnly = true)
	public UserAccount get(long id) {
		return accounts.findById(id).filter(a -> visible(a, scopes.currentScope()))
			.orElseThrow(() -> new NotFoundException("account.error.notFound"));
	}

	/** Creates the account with a temporary password, returned once. */
	public String create(AccountCommand command) {
		if (accounts.existsByUsername(UserAccount.normalise(command.username()))) {
			throw new InvalidInputException("username", "account.error.duplicateUsername", command.username());
		}
		UserAccount account;
		if (command.officeCode() != null) {
			OfficeSummary office = organisation.officeByCode(command.officeCode())
				.filter(o -> o.active() && coversOffice(scopes.currentScope(), o))
				.orElseThrow(() -> new InvalidInputException("officeCode", "office.error.unknownPlace", command.officeCode()));
			account = UserAccount.forOffice(command.username(), command.displayName(), "{noop}unset", office);
		}
		else if (command.role() == Role.DISPATCHED_CADRE) {
			account = UserAccount.forCadre(command.username(), command.displayName(), "{noop}unset", null);
		}
		else if (command.role() != null && command.role().isAdministrator()) {
			account = UserAccount.administrator(command.username(), command.displayName(), "{noop}unset", command.role(), null);
		}
		else {
			throw new InvalidInputException("officeCode", "account.error.officeOrRole");
		}
		accounts.save(account);
		String temporary = TemporaryPasswords.generate();
		passwords.setPassword(account, temporary, true);
		return temporary;
	}

	/** Sets a temporary password, which must be changed at next login, and ends every session. */
	public String resetPassword(long id) {
		UserAccount account = get(id);
		String temporary = TemporaryPasswords.generate();
		passwords.setPassword(account, temporary, true);
		sessions.endAll(account.getId(), account.getUsername());
		audit.record(new AuditEvent(AuditAction.SECURITY, "UserAccount", String.valueOf(id), "audit.summary.passwordReset", java.util.Map.of()));
		return temporary;
	}

	public UserAccount disable(long id) {
		UserAccount account = get(id);
		account.disable();
		sessions.endAll(account.getId(), account.getUsername());
		return account;
	}

	public UserAccount enable(long id) {
		UserAccount account = get(id);
		account.enable();
		return account;
	}

	/** SEC-4: removes a lost second factor; the user enrols a new one at next login. Sessions end. */
	public UserAccount resetSecondFactor(long id) {
		UserAccount account = get(id);
		secondFactor.remove(account.getId());
		sessions.endAll(account.getId(), account.getUsername());
		return account;
	}

	/** SEC-3: ends one active session, recorded in the audit log. */
	public boolean endSession(String handle) {
		var owner = sessions.end(handle);
		owner.ifPresent(username -> audit.record(
				new AuditEvent(AuditAction.SECURITY, "UserAccount", username, "audit.summary.sessionEnded", java.util.Map.of())));
		return owner.isPresent();
	}

	public UserAccount unlock(long id) {
		UserAccount account = get(id);
		throttle.reset(account.getUsername());
		audit.record(new AuditEvent(AuditAction.SECURITY, "UserAccount", String.valueOf(id), "audit.summary.unlocked", java.util.Map.of()));
		return account;
	}

	private boolean visible(UserAccount account, DataScope scope) {
		if (scope.isUnrestricted()) {
			return true;
		}
		return account.getOfficeId() != null
				&& organisation.office(account.getOfficeId()).map(o -> coversOffice(scope, o)).orElse(false);
	}

	private static boolean coversOffice(DataScope scope, OfficeSummary office) {
		return scope.isUnrestricted() || (office.nodePath() != null && scope.coversPath(office.nodePath()))
				|| (office.unitId() != null && scope.coversUnit(office.unitId()));
	}

}
