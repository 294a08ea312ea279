package org.zhucun.reporting.report;

import org.springframework.http.HttpStatus;
import org.zhucun.common.web.DomainException;

/** The user sees the report but their office is not one of its recipients (REP-1). */
class NotARecipientException extends DomainException {

	NotARecipientException(String messageKey, Object... args) {
		super(messageKey, args);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.FORBIDDEN;
	}

}
