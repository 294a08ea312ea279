package org.zhucun;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.zhucun.identity.totp.Totp;

/**
 * Real TOTP codes (SEC-4) for the demo administrators, whose key the README publishes. Each code
 * is used once by the server, so successive logins of one account take successive time steps
 * (the server accepts one step of drift either way).
 */
public final class DemoTotp {

	/** The demo administrators' key, as DemoAccountSeeder enrols it (Base32). */
	public static final String SECRET = "ZHUCUNDEMOTOTPSECRETZHUCUNDEMO22";

	private static final Map<String, Long> LAST_STEP = new HashMap<>();

	private DemoTotp() {
	}

	public static synchronized String nextCode(String username) {
		return nextCode(username, decode(SECRET));
	}

	public static synchronized String nextCode(String username, byte[] secret) {
		while (true) {
			long now = Totp.step(Instant.now().getEpochSecond());
			long step = Math.max(now - 1, LAST_STEP.getOrDefault(username, 0L) + 1);
			if (step <= now + 1) {
				LAST_STEP.put(username, step);
				return Totp.code(secret, step);
			}
			try {
				Thread.sleep(1000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	public static byte[] decode(String base32) {
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
		var out = new java.io.ByteArrayOutputStream();
		int buffer = 0;
		int bits = 0;
		for (char c : base32.replace(" ", "").toCharArray()) {
			buffer = (buffer << 5) | alphabet.indexOf(c);
			bits += 5;
			if (bits >= 8) {
				out.write((buffer >> (bits - 8)) & 0xff);
				bits -= 8;
			}
		}
		return out.toByteArray();
	}

}
