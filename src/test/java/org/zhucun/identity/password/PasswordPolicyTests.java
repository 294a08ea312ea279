package org.zhucun.identity.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** SEC-2: the default password policy, on plain objects. */
class PasswordPolicyTests {

	final PasswordPolicy policy = PasswordPolicy.defaults();

	@Test
	@DisplayName("SEC-2: at least 8 characters")
	void length() {
		assertThat(policy.problemsWith("Ab1!xyz", "u")).extracting(PasswordPolicy.Problem::messageKey)
			.containsExactly("password.error.tooShort");
	}

	@Test
	@DisplayName("SEC-2: at least 3 of the 4 character classes")
	void classes() {
		assertThat(policy.problemsWith("abcdefgh1", "u")).extracting(PasswordPolicy.Problem::messageKey)
			.containsExactly("password.error.classes");
		assertThat(policy.problemsWith("abcdefG1", "u")).isEmpty();
		assertThat(policy.problemsWith("村务公开abc1", "u")).as("Chinese characters count as symbols").isEmpty();
		assertThat(PasswordPolicy.classesIn("aA1!")).isEqualTo(4);
	}

	@Test
	@DisplayName("SEC-2: more than 72 bytes is refused (bcrypt would silently cut it)")
	void tooLong() {
		assertThat(policy.problemsWith("Aa1!" + "x".repeat(69), "u")).extracting(PasswordPolicy.Problem::messageKey)
			.containsExactly("password.error.tooLong");
		assertThat(policy.problemsWith("密码很长" .repeat(7) + "Aa1", "u")).extracting(PasswordPolicy.Problem::messageKey)
			.containsExactly("password.error.tooLong");
	}

	@Test
	@DisplayName("SEC-2: not the username")
	void notTheUsername() {
		assertThat(policy.problemsWith("Shahu-zzb2026", "shahu-zzb")).extracting(PasswordPolicy.Problem::messageKey)
			.containsExactly("password.error.containsUsername");
	}

	@Test
	@DisplayName("SEC-2: a password expires after 90 days")
	void expiry() {
		Instant now = Instant.parse("2026-11-28T00:00:00Z");
		assertThat(policy.expired(now.minus(Duration.ofDays(89)), now)).isFalse();
		assertThat(policy.expired(now.minus(Duration.ofDays(91)), now)).isTrue();
		assertThat(new PasswordPolicy(8, 3, 5, 0, 5, 15).expired(now.minus(Duration.ofDays(900)), now))
			.as("0 days: never").isFalse();
	}

	@Test
	@DisplayName("SEC-2: 5 failures lock for 15 minutes by default")
	void lockoutDefaults() {
		assertThat(policy.getLockoutThreshold()).isEqualTo(5);
		assertThat(policy.lockoutDuration()).isEqualTo(Duration.ofMinutes(15));
	}

}
