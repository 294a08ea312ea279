package org.zhucun.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.zhucun.calendar.WorkingDayCalendar;
import org.zhucun.calendar.schedule.CalendarProperties;
import org.zhucun.common.ui.WorkbenchCard;
import org.zhucun.common.ui.WorkbenchContributor;

/**
 * ATT-1: warns the system administrator while the current year's national schedule is missing,
 * and from 1 November ({@code zhucun.calendar.warn-month/-day}) while next year's is: until then
 * the calendar counts weekends only for that year.
 */
@Component
class ScheduleMissingCard implements WorkbenchContributor {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final WorkingDayCalendar calendar;

	private final CalendarProperties properties;

	private final Clock clock;

	ScheduleMissingCard(WorkingDayCalendar calendar, CalendarProperties properties, Clock clock) {
		this.calendar = calendar;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public List<WorkbenchCard> cards(Authentication user) {
		if (user.getAuthorities().stream().noneMatch(a -> a.getAuthority().equals("CALENDAR_WRITE"))) {
			return List.of();
		}
		List<Integer> missing = new ScheduleWarnings(calendar::isScheduleKnown, properties.nextYearWarningFrom())
			.missingYears(LocalDate.now(clock.withZone(CHINA)));
		if (missing.isEmpty()) {
			return List.of();
		}
		List<WorkbenchCard.Line> lines = new ArrayList<>();
		missing.forEach(y -> lines.add(new WorkbenchCard.Line("workbench.card.scheduleMissing.line", String.valueOf(y))));
		return List.of(new WorkbenchCard(5, "workbench.card.scheduleMissing", (long) missing.size(), lines,
				"/calendar/" + missing.get(0)));
	}

}
