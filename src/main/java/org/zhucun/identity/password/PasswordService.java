package org.zhucun.identity.password;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.audit.AuditAction;
import org.zhucun.audit.AuditEvent;
import org.zhucun.audit.AuditTrail;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.common.web.NotFoundException;
import org.zhucun.identity.account.UserAccount;
import org.zhucun.identity.account.UserAccountRepository;

/** SEC-2: changing one's own password under the policy, and whether a change is due. */
@Service
@Transactional
public class PasswordService {

	private final UserAccountRepository accounts;

	private final PasswordPolicyRepository policies;

	private final PasswordEncoder encoder;

	private final JdbcTemplate jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	public PasswordService(UserAccountRepository accounts, PasswordPolicyRepository policies, PasswordEncoder encoder,
			JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
		this.accounts = accounts;
		this.policies = policies;
		this.encoder = encoder;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether the account must change its password before doing anything else. */
	@Transactional(readOnly = true)
	public boolean changeDue(UserAccount account) {
		return account.isMustChangePassword() || policies.current().expired(account.getPasswordChangedAt(), clock.instant());
	}

	public void changeOwn(long accountId, String current, String chosen, String confirmation) {
		UserAccount account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("error.notFound"));
		if (current == null || !encoder.matches(current, account.getPasswordHash())) {
			throw new InvalidInputException("currentPassword", "password.error.currentWrong");
		}
		if (chosen == null || !chosen.equals(confirmation)) {
			throw new InvalidInputException("confirmPassword", "password.error.mismatch");
		}
		PasswordPolicy policy = policies.current();
		var problems = policy.problemsWith(chosen, account.getUsername());
		if (!problems.isEmpty()) {
			var first = problems.get(0);
			throw new InvalidInputException("newPassword", first.messageKey(), first.args());
		}
		if (encoder.matches(chosen, account.getPasswordHash()) || reusesHistory(accountId, chosen, policy.getHistorySize())) {
			throw new InvalidInputException("newPassword", "password.error.reused", policy.getHistorySize());
		}
		setPassword(account, chosen, false);
		audit.record(AuditEvent.of(AuditAction.SECURITY, "audit.summary.passwordChanged"));
	}

	/** Sets a password chosen by the user ({@code temporary} false) or an administrator's temporary one. */
	public void setPassword(UserAccount account, String password, boolean temporary) {
		Instant now = clock.instant();
		String hash = encoder.encode(password);
		if (temporary) {
			account.resetPassword(hash, now);
		}
		else {
			account.changePassword(hash, now);
		}
		accounts.saveAndFlush(account);
		Long id = jdbc.queryForObject("select nextval('password_history_seq')", Long.class);
		jdbc.update("insert into password_history (id, account_id, password_hash, changed_at) values (?, ?, ?, ?)", id,
				account.getId(), hash, Timestamp.from(now));
	}

	private boolean reusesHistory(long accountId, String chosen, int historySize) {
		if (historySize <= 0) {
			return false;
		}
		List<String> recent = jdbc.queryForList("select password_hash from password_history where account_id = ? "
				+ "order by changed_at desc, id desc limit ?", String.class, accountId, historySize);
		return recent.stream().anyMatch(hash -> encoder.matches(chosen, hash));
	}

}
