package org.zhucun.attendance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * What other modules (the scoring sheets, the assessment and the meal subsidy) may ask of the
 * attendance register: a person's days over a period, added up from the same monthly registers the
 * townships keep (ATT-3, ATT-4), so that a score or a subsidy always matches the register. Unscoped
 * like the other directories: callers ask about people they have already checked against the
 * user's data scope.
 */
public interface AttendanceLedger {

	/**
	 * The days of each of these people from {@code from} to {@code to} (both included) while they
	 * were posted; a person with no posting in the period is left out.
	 */
	Map<Long, PersonDays> days(Collection<Long> personIds, LocalDate from, LocalDate to);

	/**
	 * The work team of a village over a year (ATT-5, Annex 1 item 2.5), by the rule of the county's
	 * attendance report: the year's working days × the members' days in the village ÷ their working
	 * days posted, against the days required (240, POL-1); empty when nobody was posted there.
	 */
	Optional<TeamDays> teamYear(long villageNodeId, int year);

	/**
	 * The work teams of these villages over a year, as {@link #teamYear} for each, by village (villages
	 * where nobody was posted are left out): for many teams at once, each township's register built
	 * once a month.
	 */
	Map<Long, TeamDays> teamYears(Collection<Long> villageNodeIds, int year);

	/**
	 * A team's year: its members, the year's working days, the members' days in the village and
	 * posted, the team's days (one decimal), the days required and the shortfall, and the months not
	 * yet confirmed by the township.
	 */
	record TeamDays(long villageNodeId, int year, int members, int yearWorkingDays, int membersInVillage,
			int membersPosted, BigDecimal days, int required, BigDecimal shortfall, int unconfirmedMonths) {
	}

	/**
	 * A person's working days over a period: posted, counted in the village (ATT-3: in the village,
	 * official travel, meetings, training), on approved leave, of unexcused absence (无故缺勤), and not
	 * yet registered; {@code unconfirmedMonths} counts the months of the period whose register the
	 * township has not confirmed yet (a figure from such a month may still change).
	 */
	record PersonDays(long personId, int postedWorkingDays, int inVillage, int leave, int absent, int unregistered,
			int unconfirmedMonths) {
	}

}
