package org.zhucun.reporting;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the assessment (ASM-1) may ask of the reports: a person's quarterly report of a quarter, to
 * pre-fill the quarterly summary of Annex 4. Unscoped: callers ask about people they have already
 * checked against the user's data scope.
 */
public interface QuarterlyReports {

	Optional<QuarterlyReport> of(long personId, int year, int quarter);

	/** The report's title, its text (null when it was uploaded as a document) and the day it was submitted. */
	record QuarterlyReport(String title, String body, LocalDate submittedOn) {
	}

}
