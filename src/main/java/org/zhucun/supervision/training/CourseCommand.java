package org.zhucun.supervision.training;

import java.time.LocalDate;

/** A course (TRN-1): title, organiser (region, city or county code), dates, days, off the job or not. */
public record CourseCommand(String title, String organiserCode, LocalDate startDate, LocalDate endDate, Integer days,
		Boolean offTheJob) {
}
