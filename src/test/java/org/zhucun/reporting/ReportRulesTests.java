package org.zhucun.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhucun.organisation.NodeLevel;
import org.zhucun.organisation.OfficeKind;
import org.zhucun.reporting.rules.MeetingKind;
import org.zhucun.reporting.rules.ReportDeadlines;
import org.zhucun.reporting.rules.ReportKind;

/** The deadlines and periods of REP-1..5 from the policy's own numbers (Annex 1: 20 June, 30 November). */
class ReportRulesTests {

	private final ReportDeadlines seed = ReportDeadlines.seed();

	@Test
	@DisplayName("REP-2: the semi-annual report is due on 20 June and the annual one on 30 November")
	void writtenReportsDue() {
		assertThat(seed.dueDate(ReportKind.SEMI_ANNUAL, 2026, 1)).contains(LocalDate.of(2026, 6, 20));
		assertThat(seed.dueDate(ReportKind.ANNUAL, 2026, 1)).contains(LocalDate.of(2026, 11, 30));
		assertThat(seed.dueDate(ReportKind.WORK_INFO, 2026, 0)).isEmpty();
	}

	@Test
	@DisplayName("REP-5: submitted on 21 June is late, on 20 June on time; missing from the day after the due date")
	void lateAndMissing() {
		LocalDate due = seed.dueDate(ReportKind.SEMI_ANNUAL, 2026, 1).orElseThrow();
		assertThat(ReportDeadlines.isLate(due, LocalDate.of(2026, 6, 21))).isTrue();
		assertThat(ReportDeadlines.isLate(due, LocalDate.of(2026, 6, 20))).isFalse();
		assertThat(ReportDeadlines.isMissing(due, LocalDate.of(2026, 6, 20))).isFalse();
		assertThat(ReportDeadlines.isMissing(due, LocalDate.of(2026, 6, 21))).isTrue();
	}

	@Test
	@DisplayName("REP-1: the quarterly report is due 10 days after the quarter ends (the installation's setting)")
	void quarterlyDue() {
		assertThat(seed.dueDate(ReportKind.QUARTERLY, 2026, 3)).contains(LocalDate.of(2026, 10, 10));
		assertThat(seed.dueDate(ReportKind.QUARTERLY, 2026, 4)).contains(LocalDate.of(2027, 1, 10));
		assertThat(new ReportDeadlines(0, 6, 20, 11, 31).dueDate(ReportKind.ANNUAL, 2026, 1))
			.contains(LocalDate.of(2026, 11, 30));
	}

	@Test
	@DisplayName("REP-1, REP-2: quarterly reports go to the township and the unit, written reports to the county's two offices")
	void recipients() {
		assertThat(ReportKind.QUARTERLY.sentTo(OfficeKind.TOWNSHIP_PARTY_COMMITTEE)).isTrue();
		assertThat(ReportKind.QUARTERLY.sentTo(OfficeKind.DISPATCHING_UNIT)).isTrue();
		assertThat(ReportKind.QUARTERLY.sentTo(OfficeKind.ORGANISATION_DEPARTMENT)).isFalse();
		assertThat(ReportKind.SEMI_ANNUAL.sentTo(OfficeKind.ORGANISATION_DEPARTMENT)).isTrue();
		assertThat(ReportKind.ANNUAL.sentTo(OfficeKind.POVERTY_ALLEVIATION_OFFICE)).isTrue();
		assertThat(ReportKind.WORK_INFO.sentTo(OfficeKind.TOWNSHIP_PARTY_COMMITTEE)).isTrue();
	}

	@Test
	@DisplayName("REP-4: the last period is last month for the township, last quarter for the county, last year for the city")
	void meetingPeriods() {
		LocalDate today = LocalDate.of(2026, 12, 3);
		assertThat(MeetingKind.heldAt(NodeLevel.TOWNSHIP)).isEqualTo(MeetingKind.TOWNSHIP_MONTHLY_HEARING);
		assertThat(MeetingKind.heldAt(NodeLevel.REGION)).isNull();
		assertThat(MeetingKind.TOWNSHIP_MONTHLY_HEARING.lastPeriodStart(today)).isEqualTo(LocalDate.of(2026, 11, 1));
		assertThat(MeetingKind.TOWNSHIP_MONTHLY_HEARING.periodEnd(LocalDate.of(2026, 11, 1))).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(MeetingKind.COUNTY_QUARTERLY_MEETING.lastPeriodStart(today)).isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(MeetingKind.COUNTY_QUARTERLY_MEETING.periodEnd(LocalDate.of(2026, 7, 1))).isEqualTo(LocalDate.of(2026, 9, 30));
		assertThat(MeetingKind.CITY_YEARLY_MEETING.lastPeriodStart(today)).isEqualTo(LocalDate.of(2025, 1, 1));
	}

}
