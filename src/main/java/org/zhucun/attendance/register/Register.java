package org.zhucun.attendance.register;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.zhucun.organisation.PlaceSummary;

/**
 * A township's register for one month (ATT-9): every calendar day (working days marked), one line
 * per posted person, the village names, who confirmed the month and when (null while open), and the
 * monthly minimum in force for the township that year (ATT-4, POL-1).
 */
public record Register(PlaceSummary township, YearMonth month, List<LocalDate> days, Set<LocalDate> workingDays,
		List<RegisterRow> rows, Map<Long, String> villageNames, String confirmedBy, Instant confirmedAt, int minimumDays) {

	public boolean confirmed() {
		return confirmedAt != null;
	}

	public boolean workingDay(LocalDate day) {
		return workingDays.contains(day);
	}

	/** The lines that still have unregistered working days: the month cannot be confirmed with them. */
	public List<RegisterRow> rowsWithUnregisteredDays() {
		return rows.stream().filter(RegisterRow::hasUnregisteredDays).toList();
	}

	public String villageName(long villageNodeId) {
		return villageNames.getOrDefault(villageNodeId, "");
	}

}
