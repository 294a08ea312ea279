package org.zhucun.personnel.roster;

import java.util.List;

/** What became of a roster import: every person and posting was created, or nothing was and here is why (SEC-9). */
record RosterOutcome(int people, int postings, List<RosterProblem> problems) {

	RosterOutcome {
		problems = List.copyOf(problems);
	}

	static RosterOutcome imported(int people, int postings) {
		return new RosterOutcome(people, postings, List.of());
	}

	static RosterOutcome rejected(List<RosterProblem> problems) {
		return new RosterOutcome(0, 0, problems);
	}

	static RosterOutcome rejected(RosterProblem problem) {
		return rejected(List.of(problem));
	}

	boolean succeeded() {
		return problems.isEmpty();
	}

}
