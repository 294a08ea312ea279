package org.zhucun.leave.request;

import org.springframework.http.HttpStatus;
import org.zhucun.common.web.DomainException;

/** The user sees the request but may not act on it this way (not on its route, not the applicant's side). */
class NotAnApproverException extends DomainException {

	NotAnApproverException(String messageKey, Object... args) {
		super(messageKey, args);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.FORBIDDEN;
	}

}
