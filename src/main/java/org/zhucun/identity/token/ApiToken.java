package org.zhucun.identity.token;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.zhucun.common.security.NotAudited;

/**
 * A token issued at login to an API client (the phone), so that it does not send the password with
 * each request. Only the token's SHA-256 hash is stored.
 */
@Entity
@Table(name = "api_token")
@NotAudited
class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
	@SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 1)
	private Long id;

	@Column(name = "account_id", nullable = false)
	private Long accountId;

	@Column(name = "token_hash", nullable = false, unique = true, length = 64)
	private String tokenHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "last_used_at")
	private Instant lastUsedAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	protected ApiToken() {
	}

	ApiToken(Long accountId, String tokenHash, Instant createdAt, Instant expiresAt) {
		this.accountId = accountId;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	boolean isValidAt(Instant now) {
		return revokedAt == null && now.isBefore(expiresAt);
	}

	void revoke(Instant now) {
		if (revokedAt == null) {
			revokedAt = now;
		}
	}

	void usedAt(Instant now) {
		lastUsedAt = now;
	}

	Long getAccountId() {
		return accountId;
	}

	Instant getExpiresAt() {
		return expiresAt;
	}

}
