package org.zhucun.personnel.assignment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * PER-4: the withdrawal of a person from their village — the last day, the reason, whether a
 * successor is needed, and optionally the successor (a person record) posted from the next day in
 * the same role.
 */
public record WithdrawalCommand(
		@NotNull(message = "{validation.required}") LocalDate endedOn,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String reason,
		Boolean replacementNeeded,
		Long successorPersonId) {

	public WithdrawalCommand {
		reason = reason == null ? null : reason.strip();
		replacementNeeded = Boolean.TRUE.equals(replacementNeeded) || successorPersonId != null;
	}

}
