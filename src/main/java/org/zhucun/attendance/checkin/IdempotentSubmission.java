package org.zhucun.attendance.checkin;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Safe retries of a phone request (ATT-8, SEC-9). The phone sends an idempotency key (幂等键) with
 * each submission and keeps it while it retries. The first request with a key is stored; a later
 * one with the same key and the same payload gets the stored result back, and nothing new is
 * stored; the same key with a different payload is refused, since it cannot be a retry.
 */
public final class IdempotentSubmission {

	/** A key is 8 to 64 letters, digits, '-' or '_' (a UUID from {@code crypto.randomUUID()} fits). */
	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");

	private IdempotentSubmission() {
	}

	/** What to do with a submission, given the payload hash stored under its key (null if none). */
	public enum Decision {

		/** The key is new: store the submission. */
		STORE,
		/** The key was seen with this payload: a retry; answer with what was stored. */
		REPLAY,
		/** The key was seen with another payload: refuse. */
		KEY_REUSED

	}

	public static Decision decide(String storedPayloadHash, String payloadHash) {
		if (storedPayloadHash == null) {
			return Decision.STORE;
		}
		return storedPayloadHash.equals(payloadHash) ? Decision.REPLAY : Decision.KEY_REUSED;
	}

	public static boolean validKey(String key) {
		return key != null && KEY.matcher(key).matches();
	}

	/**
	 * The SHA-256 of the payload in a canonical form: numbers without trailing zeros (38.7830 and
	 * 38.783 are one payload), the device time as an ISO instant in UTC.
	 */
	public static String payloadHash(BigDecimal latitude, BigDecimal longitude, BigDecimal accuracyMetres,
			Instant deviceTime) {
		String canonical = String.join("|", plain(latitude), plain(longitude), plain(accuracyMetres),
				deviceTime == null ? "" : deviceTime.toString());
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing", ex);
		}
	}

	private static String plain(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString();
	}

}
