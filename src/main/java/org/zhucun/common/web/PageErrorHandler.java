package org.zhucun.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Shows a page's failure as a page (or, for an htmx request, an alert to swap in): a clear message
 * in the user's language, the right status, never a stack trace.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
public class PageErrorHandler {

	private static final Logger log = LoggerFactory.getLogger(PageErrorHandler.class);

	private final MessageSource messages;

	public PageErrorHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DomainException.class)
	String domain(DomainException ex, HttpServletRequest request, HttpServletResponse response, Model model) {
		return show(request, response, model, ex.status(), text(ex.messageKey(), ex.args()));
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
	String denied(RuntimeException ex, HttpServletRequest request, HttpServletResponse response, Model model) {
		return show(request, response, model, HttpStatus.FORBIDDEN, text("error.forbidden"));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	String stale(RuntimeException ex, HttpServletRequest request, HttpServletResponse response, Model model) {
		return show(request, response, model, HttpStatus.CONFLICT, text("error.staleEdit"));
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	String conflict(RuntimeException ex, HttpServletRequest request, HttpServletResponse response, Model model) {
		return show(request, response, model, HttpStatus.CONFLICT, text("error.conflict"));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(RuntimeException ex, HttpServletRequest request, HttpServletResponse response, Model model) {
		return show(request, response, model, HttpStatus.PAYLOAD_TOO_LARGE, text("error.uploadTooLarge"));
	}

	@ExceptionHandler(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class)
	String badParameter(RuntimeException ex, HttpServletRequest request, HttpServletResponse response, Model model) {
		return show(request, response, model, HttpStatus.BAD_REQUEST, text("error.badRequest"));
	}

	private String show(HttpServletRequest request, HttpServletResponse response, Model model, HttpStatus status,
			String message) {
		if (status.is5xxServerError()) {
			log.error("Page request failed: {}", request.getRequestURI());
		}
		response.setStatus(status.value());
		model.addAttribute("status", status.value());
		model.addAttribute("message", message);
		return "true".equals(request.getHeader("HX-Request")) ? "error/page :: alert" : "error/page";
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
