package org.zhucun.common.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** SEC-5: encryption at rest and masking on screen. */
class FieldCipherTests {

	static byte[] key() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return key;
	}

	final FieldCipher cipher = new AesGcmFieldCipher(key());

	@Test
	@DisplayName("SEC-5: a value is stored unreadable, names its algorithm, and reads back")
	void roundTrip() {
		String stored = cipher.encrypt("640102199001011234");
		assertThat(stored).startsWith("v1:").doesNotContain("640102").doesNotContain("1234");
		assertThat(cipher.decrypt(stored)).isEqualTo("640102199001011234");
		assertThat(cipher.encrypt("640102199001011234")).as("a fresh nonce each time").isNotEqualTo(stored);
	}

	@Test
	@DisplayName("SEC-5: an altered value or another key fails instead of reading wrong")
	void tamperingFails() {
		String stored = cipher.encrypt("13812345678");
		char[] chars = stored.toCharArray();
		chars[10] = chars[10] == 'A' ? 'B' : 'A';
		assertThatThrownBy(() -> cipher.decrypt(new String(chars))).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> new AesGcmFieldCipher(key()).decrypt(stored)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	@DisplayName("SEC-5: ID number and phone are masked as 6401********1234 and 138****5678")
	void masking() {
		assertThat(Masking.idNumber("640102199001011234")).isEqualTo("6401**********1234");
		assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
		assertThat(Masking.phone("123")).isEqualTo("***");
		assertThat(Masking.idNumber(null)).isNull();
	}

}
