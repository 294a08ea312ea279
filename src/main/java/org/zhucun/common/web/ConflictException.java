package org.zhucun.common.web;

import org.springframework.http.HttpStatus;

/** The request conflicts with the current state (a duplicate code, a stale edit). */
public class ConflictException extends DomainException {

	public ConflictException(String messageKey, Object... args) {
		super(messageKey, args);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.CONFLICT;
	}

}
