package org.zhucun.attendance.register;

import java.util.Collection;

import org.zhucun.attendance.DayStatus;

/**
 * ATT-4 (Art. 4; Annex 2 and 3, item "attendance"): at least {@code minimumDays} working days a
 * month in the village. A month with fewer working days (October 2026 has 18) or a posting that
 * starts or ends within the month cannot demand more days than it has: the requirement is then
 * every working day of the posting.
 */
public record MonthlyPresenceRule(int minimumDays) {

	public MonthlyPresenceRule {
		if (minimumDays < 0) {
			throw new IllegalArgumentException("minimumDays must not be negative");
		}
	}

	/** The figure of one person's month from the statuses of the working days they were posted. */
	public MonthFigure figure(Collection<DayStatus> postedWorkingDays) {
		int inVillage = 0;
		int leave = 0;
		int absent = 0;
		int unregistered = 0;
		for (DayStatus status : postedWorkingDays) {
			if (status.countsInVillage()) {
				inVillage++;
			}
			else if (status == DayStatus.LEAVE) {
				leave++;
			}
			else if (status == DayStatus.ABSENT) {
				absent++;
			}
			else {
				unregistered++;
			}
		}
		int required = Math.min(minimumDays, postedWorkingDays.size());
		return new MonthFigure(postedWorkingDays.size(), inVillage, leave, absent, unregistered, required);
	}

}
