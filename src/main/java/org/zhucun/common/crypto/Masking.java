package org.zhucun.common.crypto;

/**
 * How personal data is shown by default (SEC-5): the ID number keeps its first 4 and last 4
 * characters ({@code 6401********1234}), a mobile number its first 3 and last 4 ({@code 138****5678}).
 */
public final class Masking {

	private Masking() {
	}

	public static String idNumber(String id) {
		return keep(id, 4, 4);
	}

	public static String phone(String phone) {
		return keep(phone, 3, 4);
	}

	private static String keep(String value, int head, int tail) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		if (value.length() <= head + tail) {
			return "*".repeat(value.length());
		}
		return value.substring(0, head) + "*".repeat(value.length() - head - tail) + value.substring(value.length() - tail);
	}

}
