package org.zhucun.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * What the scoring sheets may ask of the reports (Annex 1 item 2.4, SCO-A1): the work information a
 * village's team sent in a year and whether its semi-annual and annual written reports came on time.
 * Unscoped like the other directories: callers ask about villages they have already checked against
 * the user's data scope.
 */
public interface ReportLedger {

	/** The reports of the team (everybody posted in the village) for the year. */
	TeamReports ofTeam(long villageNodeId, int year);

	/**
	 * The work-information items sent (REP-3), and the first semi-annual and annual written reports
	 * (REP-2) with their due and submission dates (null when none was submitted).
	 */
	record TeamReports(long villageNodeId, int year, List<Sent> workInfo, Sent semiAnnual, Sent annual) {

		/** Whether both written reports were submitted by their due dates. */
		public boolean summariesOnTime() {
			return semiAnnual != null && semiAnnual.onTime() && annual != null && annual.onTime();
		}

	}

	/** One report as the scoring sheet links to it. */
	record Sent(long reportId, String title, String personName, LocalDate dueDate, LocalDate submittedOn) {

		public boolean onTime() {
			return dueDate == null || !submittedOn.isAfter(dueDate);
		}

	}

}
