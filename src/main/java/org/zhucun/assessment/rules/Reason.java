package org.zhucun.assessment.rules;

import java.util.List;

/**
 * One line of a rule's explanation: the requirement it applies, a message key with its arguments
 * (the records that triggered it), so that a page can show which rule and which records.
 */
public record Reason(String requirement, String key, List<Object> args) {

	public static Reason of(String requirement, String key, Object... args) {
		return new Reason(requirement, key, List.of(args));
	}

	public Object[] argArray() {
		return args.toArray();
	}

}
