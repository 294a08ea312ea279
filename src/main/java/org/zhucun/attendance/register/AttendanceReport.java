package org.zhucun.attendance.register;

import java.util.List;

import org.zhucun.organisation.PlaceSummary;

/**
 * The attendance of a county (or township) over a period, for the county organisation department and
 * — only their own people — the dispatching units (ATT-4, ATT-5, ATT-7): one line per person, and for
 * a whole year one line per work team.
 */
public record AttendanceReport(PlaceSummary area, ReportPeriod period, int minimumDays, List<PersonLine> people,
		List<TeamLine> teams) {

	/** A person's period: working days posted, in the village, on leave, absent, unregistered, months short. */
	public record PersonLine(long personId, String name, String villageName, String unitName, long teamId,
			int postedWorkingDays, int inVillage, int leave, int absent, int unregistered, int monthsShort,
			int monthsUnconfirmed) {
	}

	/** A work team's year (ATT-5) with its arithmetic. */
	public record TeamLine(long teamId, String villageName, int members, TeamYearRule.TeamYear year) {
	}

}
