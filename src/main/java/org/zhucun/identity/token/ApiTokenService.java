package org.zhucun.identity.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.identity.account.AccountDetailsService;
import org.zhucun.identity.account.AccountPrincipal;
import org.zhucun.identity.account.UserAccountRepository;

/** Issues, checks and revokes API tokens. */
@Service
@Transactional
public class ApiTokenService {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final UserAccountRepository accounts;

	private final AccountDetailsService details;

	private final Duration ttl;

	private final Clock clock;

	public ApiTokenService(ApiTokenRepository tokens, UserAccountRepository accounts, AccountDetailsService details,
			@Value("${zhucun.api.token-ttl:PT12H}") Duration ttl) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.details = details;
		this.ttl = ttl;
		this.clock = Clock.systemUTC();
	}

	/** A new token for an account that has just proved its password; the raw token is returned once. */
	public IssuedToken issue(long accountId) {
		byte[] raw = new byte[32];
		RANDOM.nextBytes(raw);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
		Instant now = clock.instant();
		ApiToken saved = tokens.save(new ApiToken(accountId, hash(token), now, now.plus(ttl)));
		return new IssuedToken(token, saved.getExpiresAt());
	}

	/** The principal of a valid token whose account is still enabled. */
	public Optional<AccountPrincipal> authenticate(String token) {
		Instant now = clock.instant();
		return tokens.findByTokenHash(hash(token))
			.filter(t -> t.isValidAt(now))
			.flatMap(t -> {
				t.usedAt(now);
				return accounts.findById(t.getAccountId());
			})
			.filter(a -> a.isEnabled())
			.map(a -> details.loadUserByUsername(a.getUsername()));
	}

	public void revoke(String token) {
		tokens.findByTokenHash(hash(token)).ifPresent(t -> t.revoke(clock.instant()));
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A token as handed to the client. */
	public record IssuedToken(String token, Instant expiresAt) {
	}

}
