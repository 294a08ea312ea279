package org.zhucun.personnel.person;

import java.time.LocalDate;

import org.zhucun.personnel.AssignmentRole;

/**
 * One line of a list of people: the record (masked, SEC-5), the dispatching unit's name and the
 * person's current (or, when none is active, latest) posting.
 */
public record PersonRow(Person person, String unitName, PostingStatus status, String villageName, AssignmentRole role,
		boolean leadsTeam, LocalDate startDate, LocalDate plannedEndDate, LocalDate endedOn) {

}
