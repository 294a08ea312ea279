package org.zhucun.supervision.discipline;

import java.time.LocalDate;

import org.zhucun.supervision.DisciplineKind;
import org.zhucun.supervision.Severity;

/**
 * A criticism notice, discipline violation or inaction finding (SUP-2): whom, when, issued by whom,
 * the severity (for a violation only), a summary, and the organisation department entering it.
 */
public record RecordCommand(DisciplineKind kind, Severity severity, String organiserCode, Long personId,
		LocalDate issuedOn, String issuingBody, String summary) {
}
