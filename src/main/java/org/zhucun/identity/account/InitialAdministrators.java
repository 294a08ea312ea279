package org.zhucun.identity.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhucun.common.scope.SystemContext;
import org.zhucun.identity.Role;

/**
 * The first start of a new installation: with no account at all and
 * {@code ZHUCUN_BOOTSTRAP_ADMIN_PASSWORD} set, creates the three administrators of SEC-1
 * ({@code sysadmin}, {@code secadmin}, {@code auditadmin}) with that password, which each must
 * change at first login. Once any account exists this does nothing, so the variable can then be
 * removed. The password is never logged.
 */
@Component
@Order(10)
class InitialAdministrators implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InitialAdministrators.class);

	private final UserAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final TransactionTemplate transaction;

	private final String bootstrapPassword;

	InitialAdministrators(UserAccountRepository accounts, PasswordEncoder encoder, TransactionTemplate transaction,
			@Value("${zhucun.bootstrap.admin-password:}") String bootstrapPassword) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.transaction = transaction;
		this.bootstrapPassword = bootstrapPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.count() > 0) {
			return;
		}
		if (bootstrapPassword == null || bootstrapPassword.length() < 8) {
			log.warn("No account exists. Set ZHUCUN_BOOTSTRAP_ADMIN_PASSWORD (at least 8 characters) and restart "
					+ "to create the system, security and audit administrators.");
			return;
		}
		SystemContext.run("initial-administrators", () -> transaction.executeWithoutResult(status -> {
			String hash = encoder.encode(bootstrapPassword);
			accounts.save(UserAccount.administrator("sysadmin", "系统管理员", hash, Role.SYSTEM_ADMIN, null));
			accounts.save(UserAccount.administrator("secadmin", "安全管理员", hash, Role.SECURITY_ADMIN, null));
			accounts.save(UserAccount.administrator("auditadmin", "审计管理员", hash, Role.AUDIT_ADMIN, null));
		}));
		log.info("Created the initial administrators sysadmin, secadmin and auditadmin; each must change the "
				+ "bootstrap password at first login.");
	}

}
