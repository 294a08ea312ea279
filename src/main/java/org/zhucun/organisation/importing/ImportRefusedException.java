package org.zhucun.organisation.importing;

import java.util.List;

/**
 * The tree service refused a row that the validator let through (a rule it knows better, or a
 * concurrent change). Thrown out of the import's transaction so that every node created before it is
 * rolled back (SEC-9).
 */
class ImportRefusedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient List<ImportProblem> problems;

	ImportRefusedException(List<ImportProblem> problems) {
		super("import refused", null, false, false);
		this.problems = List.copyOf(problems);
	}

	List<ImportProblem> problems() {
		return problems;
	}

}
