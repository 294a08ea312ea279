package org.zhucun.identity.totp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.audit.AuditAction;
import org.zhucun.audit.AuditEvent;
import org.zhucun.audit.AuditTrail;
import org.zhucun.common.crypto.FieldCipher;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.identity.Role;

/**
 * SEC-4: the TOTP second factor. Required for the three administrators always, and for the roles
 * listed in {@code zhucun.security.totp-required-roles}; any other user may enrol of their own
 * accord, and then it is asked of them too. Secrets are stored encrypted; each code works once;
 * ten recovery codes, stored as hashes, stand in for a lost phone, each once.
 */
@Service
@Transactional
public class SecondFactorService {

	static final int RECOVERY_CODES = 10;

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final JdbcTemplate jdbc;

	private final FieldCipher cipher;

	private final AuditTrail audit;

	private final Clock clock;

	private final Set<Role> requiredRoles;

	SecondFactorService(JdbcTemplate jdbc, FieldCipher cipher, AuditTrail audit, Clock clock,
			@Value("${zhucun.security.totp-required-roles:}") List<String> requiredRoles) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.audit = audit;
		this.clock = clock;
		this.requiredRoles = requiredRoles.stream().filter(s -> !s.isBlank()).map(s -> Role.valueOf(s.strip()))
			.collect(Collectors.toUnmodifiableSet());
	}

	/** Whether holders of these roles must use a second factor. */
	public boolean required(Set<Role> roles) {
		return roles.stream().anyMatch(r -> r.isAdministrator() || requiredRoles.contains(r));
	}

	/** Whether this account must give a code: it has enrolled one, or its roles require one. */
	@Transactional(readOnly = true)
	public boolean applies(long accountId, Set<Role> roles) {
		return required(roles) || enrolled(accountId);
	}

	@Transactional(readOnly = true)
	public boolean enrolled(long accountId) {
		Integer n = jdbc.queryForObject("select count(*) from totp_credential where account_id = ?", Integer.class,
				accountId);
		return n != null && n > 0;
	}

	/** A new random secret (160 bits, as RFC 4226 recommends), in Base32 for the authenticator app. */
	public String newSecret() {
		byte[] secret = new byte[20];
		RANDOM.nextBytes(secret);
		return Base32.encode(secret);
	}

	/**
	 * Enrols the secret once the user proves their app holds it with a valid code; returns the
	 * recovery codes, to be shown once.
	 */
	public List<String> enrol(long accountId, String base32Secret, String code) {
		if (enrolled(accountId)) {
			throw new InvalidInputException("code", "totp.error.alreadyEnrolled");
		}
		long step = Totp.matchingStep(Base32.decode(base32Secret), code, nowStep(), 0);
		if (step < 0) {
			throw new InvalidInputException("code", "totp.error.wrongCode");
		}
		store(accountId, base32Secret, step);
		audit.record(new AuditEvent(AuditAction.SECURITY, "UserAccount", String.valueOf(accountId),
				"audit.summary.secondFactorEnrolled", java.util.Map.of()));
		return newRecoveryCodes(accountId);
	}

	/** Enrols a secret known in advance (the demo administrators only), without recovery codes. */
	public void enrolKnownSecret(long accountId, String base32Secret) {
		store(accountId, base32Secret, 0);
	}

	/** Whether the code (or an unused recovery code) is right; a right code is used up. */
	public boolean verify(long accountId, String code) {
		var stored = jdbc.query("select secret, last_used_step from totp_credential where account_id = ? for update",
				(rs, n) -> new Object[] { rs.getString(1), rs.getLong(2) }, accountId);
		if (stored.isEmpty() || code == null) {
			return false;
		}
		String given = code.strip().replace(" ", "");
		byte[] secret = Base32.decode(cipher.decrypt((String) stored.get(0)[0]));
		long step = Totp.matchingStep(secret, given, nowStep(), (Long) stored.get(0)[1]);
		Arrays.fill(secret, (byte) 0);
		if (step >= 0) {
			jdbc.update("update totp_credential set last_used_step = ? where account_id = ?", step, accountId);
			return true;
		}
		int used = jdbc.update("update recovery_code set used_at = ? where account_id = ? and code_hash = ? "
				+ "and used_at is null", Timestamp.from(clock.instant()), accountId, hash(given.toUpperCase()));
		if (used > 0) {
			audit.record(new AuditEvent(AuditAction.SECURITY, "UserAccount", String.valueOf(accountId),
					"audit.summary.recoveryCodeUsed", java.util.Map.of()));
			return true;
		}
		return false;
	}

	/** Removes the second factor (security administrator, for a lost phone and no recovery code). */
	public void remove(long accountId) {
		jdbc.update("delete from recovery_code where account_id = ?", accountId);
		jdbc.update("delete from totp_credential where account_id = ?", accountId);
		audit.record(new AuditEvent(AuditAction.SECURITY, "UserAccount", String.valueOf(accountId),
				"audit.summary.secondFactorRemoved", java.util.Map.of()));
	}

	private void store(long accountId, String base32Secret, long step) {
		jdbc.update("insert into totp_credential (account_id, secret, enrolled_at, last_used_step) values (?, ?, ?, ?)",
				accountId, cipher.encrypt(base32Secret), Timestamp.from(clock.instant()), step);
	}

	private List<String> newRecoveryCodes(long accountId) {
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			StringBuilder code = new StringBuilder();
			for (int c = 0; c < 10; c++) {
				code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
			}
			codes.add(code.toString());
			Long id = jdbc.queryForObject("select nextval('recovery_code_seq')", Long.class);
			jdbc.update("insert into recovery_code (id, account_id, code_hash) values (?, ?, ?)", id, accountId,
					hash(code.toString()));
		}
		return codes;
	}

	private long nowStep() {
		return Totp.step(clock.instant().getEpochSecond());
	}

	private static String hash(String code) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
