package org.zhucun.personnel.roster;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.personnel.assignment.RosterPostingWriter;
import org.zhucun.personnel.assignment.RosterPostingWriter.NewPosting;
import org.zhucun.personnel.person.RosterPersonWriter;
import org.zhucun.personnel.roster.RosterPlan.PlannedPosting;
import org.zhucun.personnel.roster.RosterPlan.PlannedRow;

/**
 * Checks the rows of a roster against what the database holds and, if every row is good, creates all
 * their people and postings in one transaction (SEC-9). Should the database still refuse something
 * when it is written (someone recorded the same person or posted a leader to the same team at the
 * same moment), the exception leaves this transaction and rolls back every row.
 */
@Service
class RosterImporter {

	private final StoredRosterLoader stored;

	private final RosterValidator validator;

	private final RosterPersonWriter people;

	private final RosterPostingWriter postings;

	RosterImporter(StoredRosterLoader stored, RosterVocabulary vocabulary, RosterPersonWriter people,
			RosterPostingWriter postings, @Value(RosterImportService.TERM_YEARS) int termYears) {
		this.stored = stored;
		this.validator = new RosterValidator(vocabulary, termYears);
		this.people = people;
		this.postings = postings;
	}

	@Transactional
	public RosterOutcome importRows(List<RosterRow> rows) {
		RosterPlan plan = validator.validate(rows, stored.load(rows));
		if (!plan.accepted()) {
			return RosterOutcome.rejected(plan.problems());
		}
		List<NewPosting> posted = new ArrayList<>();
		for (PlannedRow row : plan.rows()) {
			long personId = people.create(row.person());
			PlannedPosting p = row.posting();
			if (p != null) {
				posted.add(new NewPosting(personId, p.village().id(), p.village().name(), p.role(), p.leadsTeam(),
						p.unit().id(), p.unit().level(), p.startDate(), p.plannedEndDate()));
			}
		}
		people.flush();
		postings.post(posted);
		return RosterOutcome.imported(plan.rows().size(), posted.size());
	}

}
