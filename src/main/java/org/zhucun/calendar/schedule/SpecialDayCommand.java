package org.zhucun.calendar.schedule;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A day of the national schedule as the system administrator enters it (ATT-1), with the reason for
 * the entry (the State Council's notice, a correction). {@code version} is that of the record
 * being edited; it is ignored when a day is added.
 */
public record SpecialDayCommand(
		@NotNull(message = "{validation.required}") LocalDate day,
		@NotNull(message = "{validation.required}") SpecialDayKind kind,
		@NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.tooLong}") String name,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String reason,
		Long version) {

	public SpecialDayCommand {
		name = name == null ? null : name.strip();
		reason = reason == null ? null : reason.strip();
	}

}
