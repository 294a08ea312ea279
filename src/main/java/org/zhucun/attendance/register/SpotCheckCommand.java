package org.zhucun.attendance.register;

import java.time.LocalDate;

/** A spot check of the county organisation department (ATT-7): whom, which day, found present or not. */
public record SpotCheckCommand(Long personId, LocalDate day, Boolean present, String note) {
}
