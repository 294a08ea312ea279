package org.zhucun.attendance.checkin;

import org.springframework.http.HttpStatus;
import org.zhucun.common.web.DomainException;

/**
 * A check-in the rules refuse (ATT-8): the county has check-in off, the person holds no posting,
 * the village has no location, or the phone was outside the fence. Answered 422 with the reason.
 */
public class CheckinRefusedException extends DomainException {

	public CheckinRefusedException(String messageKey, Object... args) {
		super(messageKey, args);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.UNPROCESSABLE_ENTITY;
	}

}
