package org.zhucun.calendar.schedule;

import java.time.LocalDate;

/** A day of a national schedule that differs from the weekly rhythm, as the rule sees it. */
public record ScheduledDay(LocalDate day, SpecialDayKind kind, String name) {
}
