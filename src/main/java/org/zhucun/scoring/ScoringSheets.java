package org.zhucun.scoring;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the assessment (ASM-2, ASM-7) may ask of the scoring sheets: a person's annual sheet (Annex 2
 * for a team leader or first secretary, Annex 3 for a member) computed from the records with the
 * template in force for their county and year. Unscoped: callers ask about people they have already
 * checked against the user's data scope.
 */
public interface ScoringSheets {

	/** The person's sheet for the year. */
	SheetScore ofPerson(long personId, int year);

	/** The sheets of many people at once (the annual computation of a county or region). */
	Map<Long, SheetScore> ofPeople(Collection<Long> personIds, int year);

	/**
	 * The sheet of the work team of a village for the year (Annex 1, SCO-A1); 404 when nobody was
	 * posted there that year.
	 */
	TeamSheetScore ofTeam(long villageNodeId, int year);

	/**
	 * The team sheets of many villages at once, by village (villages where nobody was posted that year
	 * are left out): each township's attendance register is built once a month for all of them.
	 */
	Map<Long, TeamSheetScore> ofTeams(Collection<Long> villageNodeIds, int year);

	/**
	 * The validation flags, in words, of the template a person's sheet of the year uses (e.g. the seed's
	 * Annex 1 item 2.3: sub-items of 15 points under 20): shown wherever the sheet is shown or printed.
	 */
	List<String> templateFlags(long personId, int year);

	/** The validation flags, in words, of the template the team sheet of a village uses for the year. */
	List<String> teamTemplateFlags(long villageNodeId, int year);

	/** A filled team sheet's outcome, like {@link SheetScore} but for the team of a village. */
	record TeamSheetScore(long villageNodeId, int year, String templateCode, int templateVersion, BigDecimal base,
			BigDecimal bonus, BigDecimal total, boolean complete, List<ItemLine> items) {
	}

	/**
	 * A filled sheet's outcome: the template (annex and version), the base score out of 100, the
	 * bonus, the total, whether every item has its score (items waiting for a rater or a valid survey
	 * leave it incomplete), and each item's line.
	 */
	record SheetScore(long personId, int year, String templateCode, int templateVersion, BigDecimal base,
			BigDecimal bonus, BigDecimal total, boolean complete, List<ItemLine> items) {
	}

	/**
	 * One item of a filled sheet: its code (e.g. "2.5"), name, maximum, score (null while it waits),
	 * the rule in words and the arithmetic that produced the score (SCO-X).
	 */
	record ItemLine(String code, String name, BigDecimal maximum, BigDecimal score, String rule, String arithmetic) {
	}

}
