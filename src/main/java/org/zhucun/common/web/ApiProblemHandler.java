package org.zhucun.common.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of an API call into an RFC 9457 problem detail whose {@code detail} is in the
 * user's language (Chinese by default). Validation failures list each field in {@code errors}.
 * Stack traces and internal messages never reach the client.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

	private final MessageSource messages;

	public ApiProblemHandler(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@ExceptionHandler(DomainException.class)
	ResponseEntity<ProblemDetail> domain(DomainException ex) {
		ProblemDetail problem = problem(ex.status(), text(ex.messageKey(), ex.args()));
		if (ex instanceof InvalidInputException invalid) {
			problem.setProperty("errors", invalid.fieldProblems().stream()
				.map(p -> Map.of("field", p.field(), "message", text(p.messageKey(), p.args())))
				.toList());
		}
		return ResponseEntity.status(ex.status()).body(problem);
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
	ResponseEntity<ProblemDetail> denied(RuntimeException ex) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, text("error.forbidden")));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> staleEdit(OptimisticLockingFailureException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, text("error.staleEdit")));
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException ex) {
		log.info("Refused a write that breaks a database constraint: {}", ex.getMostSpecificCause().getClass().getSimpleName());
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, text("error.conflict")));
	}

	@ExceptionHandler(PropertyReferenceException.class)
	ResponseEntity<ProblemDetail> badSort(PropertyReferenceException ex) {
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, text("error.badSort", ex.getPropertyName())));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		log.error("Unexpected failure of an API call", ex);
		return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, text("error.internal")));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		ex.getBindingResult().getFieldErrors().forEach(e -> errors.add(Map.of("field", e.getField(), "message",
				messages.getMessage(e, LocaleContextHolder.getLocale()))));
		ex.getBindingResult().getGlobalErrors().forEach(e -> errors.add(Map.of("field", e.getObjectName(), "message",
				messages.getMessage(e, LocaleContextHolder.getLocale()))));
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text("error.validation"));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text("error.validation"));
		List<Map<String, String>> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(e -> errors.add(Map.of(
				"field", String.valueOf(r.getMethodParameter().getParameterName()), "message",
				messages.getMessage(e, LocaleContextHolder.getLocale())))));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		String key = "problemDetail." + ex.getClass().getName();
		String localised = messages.getMessage(key, null, null, LocaleContextHolder.getLocale());
		String fallback = statusCode.is5xxServerError() ? text("error.internal") : text("error.badRequest");
		ProblemDetail problem = problem(statusCode, localised != null ? localised : fallback);
		return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
	}

	private ProblemDetail problem(HttpStatusCode status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(text("error.title." + status.value(), status.value()));
		return problem;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
