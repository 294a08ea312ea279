package org.zhucun.unitduty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What other modules (the assessment) may ask of a unit's duties towards its team in a village
 * (MTG-1..3, Annex 1 part 1). Unscoped like the other directories: callers narrow by the user's
 * data scope themselves.
 */
public interface UnitDuties {

	/** The visit checks on a day, with the policy's numbers in force for the village that year. */
	DutyStatus status(long unitId, long villageNodeId, LocalDate asOf);

	/** The dates of the leadership meetings that studied the team's work in a year (MTG-1). */
	List<LocalDate> meetingDays(long unitId, long villageNodeId, int year);

	/** The leaders' visits to the village in a year (MTG-2). */
	List<Visit> visits(long unitId, long villageNodeId, int year);

	/** The working funds the unit gave the team in a year, in yuan (MTG-3, SUB-2). */
	BigDecimal fundsGiven(long unitId, long villageNodeId, int year);

	/** A leader's visit as other modules see it. */
	record Visit(String leaderName, LeaderRole role, LocalDate visitedOn, String solved) {
	}

}
