package org.zhucun.common.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * Input that breaks a rule, with the fields at fault. A form shows each message beside its field;
 * the API lists them in the problem detail's {@code errors}.
 */
public class InvalidInputException extends DomainException {

	private final transient List<FieldProblem> fieldProblems;

	public InvalidInputException(String field, String messageKey, Object... args) {
		super(messageKey, args);
		this.fieldProblems = List.of(new FieldProblem(field, messageKey, args));
	}

	public List<FieldProblem> fieldProblems() {
		return fieldProblems;
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.BAD_REQUEST;
	}

	/** One field's problem: its name, the message key and the arguments. */
	public record FieldProblem(String field, String messageKey, Object[] args) {
	}

}
