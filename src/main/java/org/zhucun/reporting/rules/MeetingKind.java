package org.zhucun.reporting.rules;

import java.time.LocalDate;
import java.time.YearMonth;

import org.zhucun.organisation.NodeLevel;

/**
 * REP-4 (Art. 5): the meetings that hear the dispatched cadres' work, each held by one level once a
 * period: the township party committee hears the first secretary every month, the county holds a
 * special meeting every quarter, the city at least once a year.
 */
public enum MeetingKind {

	/** 乡镇党委每月听取第一书记汇报 */
	TOWNSHIP_MONTHLY_HEARING(NodeLevel.TOWNSHIP),
	/** 县（区）每季度召开专题会议 */
	COUNTY_QUARTERLY_MEETING(NodeLevel.COUNTY),
	/** 市每年至少召开一次专题会议 */
	CITY_YEARLY_MEETING(NodeLevel.CITY);

	private final NodeLevel level;

	MeetingKind(NodeLevel level) {
		this.level = level;
	}

	public NodeLevel level() {
		return level;
	}

	/** The meeting an office at a node of this level holds; null for levels that hold none (the region, a village). */
	public static MeetingKind heldAt(NodeLevel level) {
		for (MeetingKind kind : values()) {
			if (kind.level == level) {
				return kind;
			}
		}
		return null;
	}

	/** The first day of the period (month, quarter, year) that holds this day. */
	public LocalDate periodStart(LocalDate day) {
		return switch (this) {
			case TOWNSHIP_MONTHLY_HEARING -> day.withDayOfMonth(1);
			case COUNTY_QUARTERLY_MEETING -> LocalDate.of(day.getYear(), 3 * (ReportDeadlines.quarterOf(day) - 1) + 1, 1);
			case CITY_YEARLY_MEETING -> day.withDayOfYear(1);
		};
	}

	/** The last day of the period that holds this day. */
	public LocalDate periodEnd(LocalDate day) {
		return switch (this) {
			case TOWNSHIP_MONTHLY_HEARING -> YearMonth.from(day).atEndOfMonth();
			case COUNTY_QUARTERLY_MEETING -> periodStart(day).plusMonths(3).minusDays(1);
			case CITY_YEARLY_MEETING -> LocalDate.of(day.getYear(), 12, 31);
		};
	}

	/** The last complete period before today: last month, last quarter or last year (flagged when it had no meeting). */
	public LocalDate lastPeriodStart(LocalDate today) {
		return periodStart(periodStart(today).minusDays(1));
	}

	public String messageKey() {
		return "reporting.meeting.kind." + name();
	}

}
