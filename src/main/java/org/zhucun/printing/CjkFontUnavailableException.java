package org.zhucun.printing;

import org.springframework.http.HttpStatus;
import org.zhucun.common.web.DomainException;

/**
 * No TrueType font with Chinese glyphs could be found or read, so no PDF can be made: the page shows
 * the message, the API returns it as a problem detail (503), never a stack trace.
 */
public class CjkFontUnavailableException extends DomainException {

	public CjkFontUnavailableException() {
		super("printing.font.missing");
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.SERVICE_UNAVAILABLE;
	}

}
