package org.zhucun.common.query;

import java.util.Locale;

/**
 * LIKE patterns built from user text for typed criteria queries, with the text's own {@code %},
 * {@code _} and {@code \} taken literally (escape character {@link #ESCAPE}).
 */
public final class LikePattern {

	public static final char ESCAPE = '\\';

	private LikePattern() {
	}

	public static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** "contains", case-insensitive: compare it with the lower-cased column. */
	public static String containingIgnoringCase(String text) {
		return "%" + escape(text.strip().toLowerCase(Locale.ROOT)) + "%";
	}

	/** "contains", exactly as typed (for names in Chinese, where case does not apply). */
	public static String containing(String text) {
		return "%" + escape(text.strip()) + "%";
	}

	/** "starts with". */
	public static String startingWith(String text) {
		return escape(text) + "%";
	}

}
