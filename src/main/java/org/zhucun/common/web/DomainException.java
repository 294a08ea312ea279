package org.zhucun.common.web;

import org.springframework.http.HttpStatus;

/**
 * A refusal the user must be told about, with a message key from the bundles and its arguments.
 * The web layer turns it into a page message or an RFC 9457 problem detail in the user's language.
 */
public abstract class DomainException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] args;

	protected DomainException(String messageKey, Object... args) {
		super(messageKey);
		this.messageKey = messageKey;
		this.args = args == null ? new Object[0] : args.clone();
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args.clone();
	}

	public abstract HttpStatus status();

}
