package org.zhucun.supervision.discipline;

import java.time.LocalDate;
import java.util.List;

/** An inspection (SUP-1): the organising region, city or county, date, team, villages visited (codes), summary. */
public record InspectionCommand(String organiserCode, LocalDate inspectedOn, String team, List<String> villageCodes,
		String summary) {
}
