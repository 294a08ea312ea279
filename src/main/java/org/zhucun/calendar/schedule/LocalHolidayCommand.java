package org.zhucun.calendar.schedule;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A local holiday a county declares (ATT-1), naming the county by its code. */
public record LocalHolidayCommand(
		@NotBlank(message = "{validation.required}") @Size(max = 20, message = "{validation.tooLong}") String countyCode,
		@NotNull(message = "{validation.required}") LocalDate day,
		@NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.tooLong}") String name) {

	public LocalHolidayCommand {
		countyCode = countyCode == null ? null : countyCode.strip();
		name = name == null ? null : name.strip();
	}

}
