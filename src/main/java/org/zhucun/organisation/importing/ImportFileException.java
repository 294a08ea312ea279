package org.zhucun.organisation.importing;

/** The file as a whole cannot be read as an import file (not .xlsx, damaged, no header, too long). */
class ImportFileException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient ImportProblem problem;

	/** From a file that cannot be read as a table; {@code argument} is the reason's, if it has one. */
	ImportFileException(Throwable cause, String messageKey, Object argument) {
		super(messageKey, cause);
		this.problem = argument == null ? ImportProblem.ofFile(messageKey) : ImportProblem.ofFile(messageKey, argument);
	}

	ImportProblem problem() {
		return problem;
	}

}
