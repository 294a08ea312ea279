package org.zhucun.personnel.roster;

import java.time.LocalDate;
import java.util.List;

import org.zhucun.organisation.UnitSummary;
import org.zhucun.organisation.VillageSummary;
import org.zhucun.personnel.AssignmentRole;
import org.zhucun.personnel.person.RosterPersonWriter.NewPerson;

/** The outcome of checking a roster file: either every row ready to be written, or the problems. */
record RosterPlan(List<PlannedRow> rows, List<RosterProblem> problems) {

	RosterPlan {
		rows = List.copyOf(rows);
		problems = List.copyOf(problems);
	}

	boolean accepted() {
		return problems.isEmpty();
	}

	long postings() {
		return rows.stream().filter(r -> r.posting() != null).count();
	}

	/** A checked row: the person, and the posting if the row has one. */
	record PlannedRow(int row, NewPerson person, PlannedPosting posting) {
	}

	/** A checked posting, its village and unit resolved and its planned end filled in. */
	record PlannedPosting(VillageSummary village, AssignmentRole role, boolean leadsTeam, UnitSummary unit,
			LocalDate startDate, LocalDate plannedEndDate) {
	}

}
