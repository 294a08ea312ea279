package org.zhucun.organisation.importing;

/** The file as a whole cannot be read as an import file (not .xlsx, damaged, no header, too long). */
class ImportFileException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient ImportProblem problem;

	ImportFileException(String messageKey, Object... args) {
		super(messageKey);
		this.problem = ImportProblem.ofFile(messageKey, args);
	}

	ImportFileException(Throwable cause, String messageKey) {
		super(messageKey, cause);
		this.problem = ImportProblem.ofFile(messageKey);
	}

	ImportProblem problem() {
		return problem;
	}

}
