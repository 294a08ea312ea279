package org.zhucun.assessment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What other modules may ask of the assessment: a person's confirmed grades, and one assessment with
 * every step of its chain (opinion, signer, date, grade) for filling the printed forms of Annex 4 and
 * Annex 5. Unscoped like the other directories: callers ask about people they have already checked
 * against the user's data scope.
 */
public interface AssessmentResults {

	/** The grade of a quarter once the chain is complete (the county's offices have signed). */
	Optional<Grade> quarterly(long personId, int year, int quarter);

	/** The annual grade once the county has confirmed it. */
	Optional<Grade> annual(long personId, int year);

	/** One assessment with its chain, for the printed forms. */
	Optional<AssessmentSheet> sheet(long assessmentId);

	/**
	 * The assessments of a period in these villages ({@code quarter} 0 for the annual ones), by village
	 * and name: for printing a township's forms at once. The caller passes the villages of the user's
	 * data scope.
	 */
	List<AssessmentSheet> sheets(Collection<Long> villageNodeIds, int year, int quarter);

	/**
	 * An assessment as a form shows it: whose, which period ({@code quarter} 0 for the annual one),
	 * where they were posted, the grade (null until proposed) and each signed step of the chain in
	 * order.
	 */
	record AssessmentSheet(long id, long personId, String personName, int year, int quarter, String villageName,
			long villageNodeId, long unitId, Grade grade, boolean civilServant, boolean complete, List<SignedStep> steps) {
	}

	/** A signed step: which ({@code SUMMARY}, {@code VILLAGE}, …), its text, who signed, when. */
	record SignedStep(String step, String opinion, String signer, LocalDate signedOn, Grade grade, boolean onPaper) {
	}

}
