package org.zhucun.reporting.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.zhucun.organisation.OfficeKind;
import org.zhucun.reporting.rules.ReportKind;

/**
 * A report with each recipient's state (REP-1: received, by whom, when) and whether it was late
 * (REP-5), for pages and the API.
 */
public record ReportView(long id, ReportKind kind, int year, int period, long personId, String personName,
		String villageName, String unitName, String title, String body, org.zhucun.document.DocumentRef document, LocalDate dueDate,
		LocalDate submittedOn, Instant submittedAt, boolean late, List<RecipientView> recipients, boolean canReceive) {

	/** One recipient office and its state. */
	public record RecipientView(long officeId, String officeName, OfficeKind officeKind, boolean received,
			Instant receivedAt, String receivedByName) {

		/** When it was marked received, in China time. */
		public String receivedAtText() {
			return receivedAt == null ? "" : SHOWN.format(receivedAt);
		}

	}

	static final java.time.format.DateTimeFormatter SHOWN = java.time.format.DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm").withZone(org.zhucun.reporting.support.ReportingActor.CHINA);

	public String submittedAtText() {
		return SHOWN.format(submittedAt);
	}

	/** The period as shown: "2026 年第 3 季度", "2026 年度" (message key and arguments resolved by the page). */
	public String periodKey() {
		return "reporting.period." + kind.name();
	}

}
