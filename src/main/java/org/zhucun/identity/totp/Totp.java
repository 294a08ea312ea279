package org.zhucun.identity.totp;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as RFC 6238 defines them with its defaults, which every
 * authenticator app uses: HMAC-SHA1, 30-second steps counted from the Unix epoch, 6 digits.
 */
public final class Totp {

	public static final int STEP_SECONDS = 30;

	private Totp() {
	}

	/** The time step of an instant (seconds since the epoch). */
	public static long step(long epochSecond) {
		return Math.floorDiv(epochSecond, STEP_SECONDS);
	}

	/** The 6-digit code of a secret at a time step (RFC 4226 dynamic truncation). */
	public static String code(byte[] secret, long step) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(secret, "HmacSHA1"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			return String.format("%06d", binary % 1_000_000);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The step at which {@code code} is valid, looking one step back and one ahead for clock drift,
	 * or -1. Steps not after {@code lastUsedStep} are refused, so a code works only once.
	 */
	public static long matchingStep(byte[] secret, String code, long nowStep, long lastUsedStep) {
		if (code == null || !code.matches("\\d{6}")) {
			return -1;
		}
		for (long step = nowStep - 1; step <= nowStep + 1; step++) {
			if (step > lastUsedStep && MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII), code.getBytes(StandardCharsets.US_ASCII))) {
				return step;
			}
		}
		return -1;
	}

	/** The otpauth:// URI that authenticator apps read from the QR code. */
	public static String uri(String issuer, String account, String base32Secret) {
		return "otpauth://totp/" + encode(issuer) + ":" + encode(account) + "?secret=" + base32Secret + "&issuer="
				+ encode(issuer) + "&algorithm=SHA1&digits=6&period=" + STEP_SECONDS;
	}

	private static String encode(String s) {
		return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
	}

}
