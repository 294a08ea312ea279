package org.zhucun.common.web;

import org.springframework.validation.BindingResult;

/** Puts a refused command's field problems on the form, beside the fields they concern. */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(BindingResult result, InvalidInputException ex) {
		ex.fieldProblems().forEach(p -> {
			if (result.getFieldType(p.field()) != null || hasField(result, p.field())) {
				result.rejectValue(p.field(), p.messageKey(), p.args(), p.messageKey());
			}
			else {
				result.reject(p.messageKey(), p.args(), p.messageKey());
			}
		});
	}

	private static boolean hasField(BindingResult result, String field) {
		try {
			result.getFieldValue(field);
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
