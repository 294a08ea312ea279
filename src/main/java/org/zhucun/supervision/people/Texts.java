package org.zhucun.supervision.people;

import org.zhucun.common.web.InvalidInputException;

/** A required text of a supervision form: trimmed, not empty, not too long. */
public final class Texts {

	private Texts() {
	}

	public static String required(String field, String value, int max) {
		String trimmed = value == null ? "" : value.strip();
		if (trimmed.isEmpty()) {
			throw new InvalidInputException(field, "sup.error.required");
		}
		if (trimmed.length() > max) {
			throw new InvalidInputException(field, "sup.error.tooLong", max);
		}
		return trimmed;
	}

}
