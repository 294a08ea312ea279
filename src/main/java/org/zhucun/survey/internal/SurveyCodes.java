package org.zhucun.survey.internal;

import java.util.Locale;
import java.util.Random;

/**
 * The one-time codes (测评码): 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), read
 * aloud or typed from a slip; shown in two groups of four ({@code K7PM-3XQA}). What a voter types is
 * normalised before look-up: case, spaces and dashes do not matter.
 */
public final class SurveyCodes {

	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	static final int LENGTH = 8;

	private SurveyCodes() {
	}

	static String random(Random random) {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** What the voter typed, in the stored form; empty when it cannot be a code. */
	public static String normalise(String typed) {
		if (typed == null) {
			return "";
		}
		String code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]", "");
		if (code.length() != LENGTH) {
			return "";
		}
		for (char c : code.toCharArray()) {
			if (ALPHABET.indexOf(c) < 0) {
				return "";
			}
		}
		return code;
	}

	/** The code as printed: two groups of four. */
	public static String display(String code) {
		return code.length() == LENGTH ? code.substring(0, 4) + "-" + code.substring(4) : code;
	}

}
