package org.zhucun.common.web;

import org.springframework.http.HttpStatus;

/** The record does not exist, or lies outside the user's data scope: both look the same (ORG-5). */
public class NotFoundException extends DomainException {

	public NotFoundException(String messageKey, Object... args) {
		super(messageKey, args);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.NOT_FOUND;
	}

}
