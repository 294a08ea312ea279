package org.zhucun.identity.totp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** SEC-4: the TOTP computation against the test vectors of RFC 6238, Appendix B. */
class TotpTests {

	/** The SHA-1 seed of RFC 6238 Appendix B: "12345678901234567890". */
	static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@Test
	@DisplayName("SEC-4: RFC 6238 test vectors (the last 6 of the 8 published digits)")
	void rfc6238Vectors() {
		assertThat(Totp.code(SEED, Totp.step(59))).isEqualTo("287082");
		assertThat(Totp.code(SEED, Totp.step(1111111109))).isEqualTo("081804");
		assertThat(Totp.code(SEED, Totp.step(1111111111))).isEqualTo("050471");
		assertThat(Totp.code(SEED, Totp.step(1234567890))).isEqualTo("005924");
		assertThat(Totp.code(SEED, Totp.step(2000000000))).isEqualTo("279037");
	}

	@Test
	@DisplayName("SEC-4: one step of drift is accepted either way; a used code is not accepted again")
	void driftAndReplay() {
		long now = Totp.step(1234567890);
		String previous = Totp.code(SEED, now - 1);
		assertThat(Totp.matchingStep(SEED, previous, now, 0)).isEqualTo(now - 1);
		assertThat(Totp.matchingStep(SEED, Totp.code(SEED, now - 2), now, 0)).isEqualTo(-1);
		assertThat(Totp.matchingStep(SEED, previous, now, now - 1)).as("replay").isEqualTo(-1);
		assertThat(Totp.matchingStep(SEED, "12a456", now, 0)).isEqualTo(-1);
	}

	@Test
	void base32RoundTrip() {
		assertThat(Base32.encode(SEED)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
		assertThat(Base32.decode("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ")).isEqualTo(SEED);
	}

}
