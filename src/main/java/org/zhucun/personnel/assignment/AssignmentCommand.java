package org.zhucun.personnel.assignment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.zhucun.personnel.AssignmentRole;

/**
 * A posting of a person to a village. The planned end may be left out: a first secretary's term is
 * then the policy's default (2 years, Art. 4; POL-1), a team member's the same.
 */
public record AssignmentCommand(
		@NotBlank(message = "{validation.required}") @Size(max = 20, message = "{validation.tooLong}") String villageCode,
		@NotNull(message = "{validation.required}") AssignmentRole role,
		Boolean leadsTeam,
		@NotNull(message = "{validation.required}") LocalDate startDate,
		LocalDate plannedEndDate) {

	public AssignmentCommand {
		villageCode = villageCode == null ? null : villageCode.strip();
		leadsTeam = Boolean.TRUE.equals(leadsTeam);
	}

}
