package org.zhucun.personnel.assignment;

import java.time.LocalDate;

import org.zhucun.organisation.UnitLevel;
import org.zhucun.personnel.AssignmentRole;

/** An assignment as the API shows it. */
public record AssignmentView(long id, long personId, long villageId, String villageName, long teamId,
		AssignmentRole role, boolean leadsTeam, long unitId, UnitLevel dispatchLevel, LocalDate startDate,
		LocalDate plannedEndDate, LocalDate endedOn, boolean active) {

	static AssignmentView of(Assignment a, String villageName) {
		return new AssignmentView(a.getId(), a.getPersonId(), a.getVillageNodeId(), villageName, a.getTeamId(),
				a.getRole(), a.isLeadsTeam(), a.getUnitId(), a.getDispatchLevel(), a.getStartDate(),
				a.getPlannedEndDate(), a.getEndedOn(), a.isActive());
	}

}
