package org.zhucun.organisation.importing;

import java.util.List;

/** What became of an import: either every row was created, or none was and here is why (SEC-9). */
record ImportOutcome(int imported, List<ImportProblem> problems) {

	ImportOutcome {
		problems = List.copyOf(problems);
	}

	static ImportOutcome imported(int count) {
		return new ImportOutcome(count, List.of());
	}

	static ImportOutcome rejected(List<ImportProblem> problems) {
		return new ImportOutcome(0, problems);
	}

	static ImportOutcome rejected(ImportProblem problem) {
		return rejected(List.of(problem));
	}

	boolean succeeded() {
		return problems.isEmpty();
	}

}
