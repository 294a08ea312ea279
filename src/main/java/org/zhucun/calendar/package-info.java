/**
 * The working-day calendar of the PRC (ATT-1): weekends, statutory holidays and make-up working days
 * (调休), seeded from the State Council's schedules and editable, plus the local holidays a county
 * adds. Every count of working days in the system comes from {@link org.zhucun.calendar.WorkingDayCalendar}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package org.zhucun.calendar;
