package org.zhucun.reporting.report;

import jakarta.validation.constraints.Size;

import org.zhucun.reporting.rules.ReportKind;

/**
 * A report as the cadre submits it (REP-1..3): kind, the year and period it covers (the quarter of
 * a quarterly report; ignored for work information), title and text.
 */
public record ReportCommand(ReportKind kind, Integer year, Integer period, @Size(max = 200) String title,
		@Size(max = 20000) String body) {
}
