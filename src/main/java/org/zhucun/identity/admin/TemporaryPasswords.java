package org.zhucun.identity.admin;

import java.security.SecureRandom;

/**
 * Temporary passwords for new and reset accounts: 12 characters from all four classes, without
 * look-alike characters, shown once to the security administrator and changed at first login.
 */
final class TemporaryPasswords {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String[] CLASSES = { "ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnpqrstuvwxyz", "23456789",
			"#%+=?@" };

	private TemporaryPasswords() {
	}

	static String generate() {
		char[] out = new char[12];
		for (int i = 0; i < out.length; i++) {
			String pool = CLASSES[i < CLASSES.length ? i : RANDOM.nextInt(CLASSES.length)];
			out[i] = pool.charAt(RANDOM.nextInt(pool.length()));
		}
		for (int i = out.length - 1; i > 0; i--) {
			int j = RANDOM.nextInt(i + 1);
			char c = out[i];
			out[i] = out[j];
			out[j] = c;
		}
		return new String(out);
	}

}
