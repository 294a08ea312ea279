package org.zhucun.identity.password;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * SEC-2: the password policy, in the spirit of 等级保护 2.0 level 3. Defaults: at least 8 characters
 * from at least 3 of the 4 classes (upper case, lower case, digits, symbols), none of the last 5
 * passwords again, a change every 90 days, and 5 failed logins lock the username for 15 minutes.
 * The security administrator can change every number within safe bounds.
 */
@Entity
@Table(name = "password_policy")
public class PasswordPolicy {

	/** bcrypt reads at most 72 bytes; a longer password would be cut silently, so it is refused. */
	public static final int MAX_BYTES = 72;

	@Id
	private Integer id = 1;

	@Version
	private long version;

	@Column(name = "min_length", nullable = false)
	private int minLength;

	@Column(name = "min_classes", nullable = false)
	private int minClasses;

	@Column(name = "history_size", nullable = false)
	private int historySize;

	@Column(name = "max_age_days", nullable = false)
	private int maxAgeDays;

	@Column(name = "lockout_threshold", nullable = false)
	private int lockoutThreshold;

	@Column(name = "lockout_minutes", nullable = false)
	private int lockoutMinutes;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt = Instant.now();

	protected PasswordPolicy() {
	}

	public PasswordPolicy(int minLength, int minClasses, int historySize, int maxAgeDays, int lockoutThreshold,
			int lockoutMinutes) {
		this.minLength = minLength;
		this.minClasses = minClasses;
		this.historySize = historySize;
		this.maxAgeDays = maxAgeDays;
		this.lockoutThreshold = lockoutThreshold;
		this.lockoutMinutes = lockoutMinutes;
	}

	/** The defaults of SEC-2. */
	public static PasswordPolicy defaults() {
		return new PasswordPolicy(8, 3, 5, 90, 5, 15);
	}

	/** What is wrong with a new password, as message keys with arguments; empty when it is acceptable. */
	public List<Problem> problemsWith(String password, String username) {
		List<Problem> problems = new ArrayList<>();
		if (password == null || password.length() < minLength) {
			problems.add(new Problem("password.error.tooShort", minLength));
			return problems;
		}
		if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
			problems.add(new Problem("password.error.tooLong", MAX_BYTES));
			return problems;
		}
		if (classesIn(password) < minClasses) {
			problems.add(new Problem("password.error.classes", minClasses));
		}
		if (username != null && !username.isBlank()
				&& password.toLowerCase(java.util.Locale.ROOT).contains(username.toLowerCase(java.util.Locale.ROOT))) {
			problems.add(new Problem("password.error.containsUsername"));
		}
		return problems;
	}

	/** The number of character classes (upper, lower, digit, other) a password uses. */
	static int classesIn(String password) {
		boolean upper = false;
		boolean lower = false;
		boolean digit = false;
		boolean other = false;
		for (int i = 0; i < password.length(); i++) {
			char c = password.charAt(i);
			if (Character.isUpperCase(c)) {
				upper = true;
			}
			else if (Character.isLowerCase(c)) {
				lower = true;
			}
			else if (Character.isDigit(c)) {
				digit = true;
			}
			else {
				other = true;
			}
		}
		return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
	}

	/** Whether a password set at {@code changedAt} must be changed at {@code now}; 0 days means never. */
	public boolean expired(Instant changedAt, Instant now) {
		return maxAgeDays > 0 && changedAt.plus(Duration.ofDays(maxAgeDays)).isBefore(now);
	}

	public Duration lockoutDuration() {
		return Duration.ofMinutes(lockoutMinutes);
	}

	void update(PasswordPolicy values) {
		this.minLength = values.minLength;
		this.minClasses = values.minClasses;
		this.historySize = values.historySize;
		this.maxAgeDays = values.maxAgeDays;
		this.lockoutThreshold = values.lockoutThreshold;
		this.lockoutMinutes = values.lockoutMinutes;
		this.updatedAt = Instant.now();
	}

	public long getVersion() {
		return version;
	}

	public int getMinLength() {
		return minLength;
	}

	public int getMinClasses() {
		return minClasses;
	}

	public int getHistorySize() {
		return historySize;
	}

	public int getMaxAgeDays() {
		return maxAgeDays;
	}

	public int getLockoutThreshold() {
		return lockoutThreshold;
	}

	public int getLockoutMinutes() {
		return lockoutMinutes;
	}

	/** A rule a password breaks: a message key and its arguments. */
	public record Problem(String messageKey, Object... args) {
	}

}
