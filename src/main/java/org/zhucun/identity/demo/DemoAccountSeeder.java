package org.zhucun.identity.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhucun.common.scope.SystemContext;
import org.zhucun.identity.Role;
import org.zhucun.identity.account.UserAccount;
import org.zhucun.identity.account.UserAccountRepository;
import org.zhucun.identity.totp.SecondFactorService;
import org.zhucun.organisation.OrganisationDirectory;

/**
 * Demo profile only: one account per role, and a second account in a sibling township, county and
 * unit so that the data scope can be tried. All share the demo password listed in the README.
 */
@Component
@Profile("demo")
@Order(2)
class DemoAccountSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAccountSeeder.class);

	static final String DEMO_PASSWORD = "Zhucun@2026";

	/**
	 * The TOTP key of the demo administrators (SEC-4), published in the README so that anyone trying
	 * the demo can add it to an authenticator app.
	 */
	static final String DEMO_TOTP_SECRET = "ZHUCUNDEMOTOTPSECRETZHUCUNDEMO22";

	/** username, display name, office code (null for administrators and the cadre), role if no office. */
	private static final List<DemoAccount> ACCOUNTS = List.of(
			DemoAccount.admin("sysadmin", "系统管理员", Role.SYSTEM_ADMIN),
			DemoAccount.admin("secadmin", "安全管理员", Role.SECURITY_ADMIN),
			DemoAccount.admin("auditadmin", "审计管理员", Role.AUDIT_ADMIN),
			DemoAccount.office("region-zzb", "自治区党委组织部 张明", "640000-ZZB"),
			DemoAccount.office("helanshan-zzb", "贺兰山市委组织部 李华", "641100-ZZB"),
			DemoAccount.office("shahu-zzb", "沙湖县委组织部 王芳", "641101-ZZB"),
			DemoAccount.office("shahu-nb", "沙湖县农办 赵强", "641101-NB"),
			DemoAccount.office("shahu-fpb", "沙湖县扶贫办 刘洋", "641101-FPB"),
			DemoAccount.office("huanghe-zzb", "黄河县委组织部 陈静", "641102-ZZB"),
			DemoAccount.office("yueyahu-xz", "月牙湖乡党委 马军", "641101001-DW"),
			DemoAccount.office("zhenbeibu-xz", "镇北堡镇党委 杨丽", "641101002-DW"),
			DemoAccount.office("yueyahu-cun1", "月牙湖乡一村党支部 周平", "641101001001-DZB"),
			DemoAccount.office("caizheng-dw", "沙湖县财政局 吴刚", "U641101-01-OFFICE"),
			DemoAccount.office("tuanwei-dw", "沙湖县团委 郑敏", "U641101-02-OFFICE"),
			DemoAccount.cadre("cadre-wang", "王建国"));

	private final UserAccountRepository accounts;

	private final OrganisationDirectory organisation;

	private final PasswordEncoder passwords;

	private final TransactionTemplate transaction;

	private final SecondFactorService secondFactor;

	DemoAccountSeeder(UserAccountRepository accounts, OrganisationDirectory organisation, PasswordEncoder passwords,
			TransactionTemplate transaction, SecondFactorService secondFactor) {
		this.secondFactor = secondFactor;
		this.accounts = accounts;
		this.organisation = organisation;
		this.passwords = passwords;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		SystemContext.run("demo-accounts", () -> transaction.executeWithoutResult(status -> {
			if (accounts.existsByUsername("sysadmin")) {
				return;
			}
			String hash = passwords.encode(DEMO_PASSWORD);
			for (DemoAccount a : ACCOUNTS) {
				UserAccount account = a.toAccount(hash, organisation);
				account.acceptPasswordAsChosen();
				accounts.saveAndFlush(account);
				if (account.getRoles().stream().anyMatch(r -> r.isAdministrator())) {
					secondFactor.enrolKnownSecret(account.getId(), DEMO_TOTP_SECRET);
				}
			}
			log.info("Demo accounts loaded: {}", ACCOUNTS.size());
		}));
	}

	private record DemoAccount(String username, String displayName, String officeCode, Role role) {

		static DemoAccount admin(String username, String displayName, Role role) {
			return new DemoAccount(username, displayName, null, role);
		}

		static DemoAccount office(String username, String displayName, String officeCode) {
			return new DemoAccount(username, displayName, officeCode, null);
		}

		static DemoAccount cadre(String username, String displayName) {
			return new DemoAccount(username, displayName, null, Role.DISPATCHED_CADRE);
		}

		UserAccount toAccount(String hash, OrganisationDirectory organisation) {
			if (officeCode != null) {
				return UserAccount.forOffice(username, displayName, hash, organisation.officeByCode(officeCode)
					.orElseThrow(() -> new IllegalStateException("Demo office missing: " + officeCode)));
			}
			if (role == Role.DISPATCHED_CADRE) {
				return UserAccount.forCadre(username, displayName, hash, null);
			}
			return UserAccount.administrator(username, displayName, hash, role, null);
		}

	}

}
