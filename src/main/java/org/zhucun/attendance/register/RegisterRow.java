package org.zhucun.attendance.register;

import java.time.LocalDate;
import java.util.Set;
import java.util.SortedMap;

import org.zhucun.personnel.AssignmentRole;

/**
 * One person's line of the township's monthly register (ATT-9): a cell for every working day they
 * were posted, their month's figure, and the days of approved leave a confirmed month does not show
 * (leave approved after confirmation: a correction is due).
 */
public record RegisterRow(long personId, String personName, long villageNodeId, long teamId, AssignmentRole role, long unitId,
		SortedMap<LocalDate, RegisterCell> cells, MonthFigure figure, Set<LocalDate> leaveNotInRegister) {

	public RegisterCell cell(LocalDate day) {
		return cells.get(day);
	}

	public boolean hasUnregisteredDays() {
		return figure.unregistered() > 0;
	}

}
