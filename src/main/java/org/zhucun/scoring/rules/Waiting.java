package org.zhucun.scoring.rules;

import java.util.List;

/** Why a line has no score yet (a message key and its arguments): a rater, a valid survey, a record. */
public record Waiting(String key, List<Object> args) {

	public Waiting {
		args = args == null ? List.of() : List.copyOf(args);
	}

	public static Waiting of(String key, Object... args) {
		return new Waiting(key, List.of(args));
	}

}
