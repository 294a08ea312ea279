package org.zhucun.attendance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

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
	 * A person's working days over a period: posted, counted in the village (ATT-3: in the village,
	 * official travel, meetings, training), on approved leave, of unexcused absence (无故缺勤), and not
	 * yet registered; {@code unconfirmedMonths} counts the months of the period whose register the
	 * township has not confirmed yet (a figure from such a month may still change).
	 */
	record PersonDays(long personId, int postedWorkingDays, int inVillage, int leave, int absent, int unregistered,
			int unconfirmedMonths) {
	}

}
