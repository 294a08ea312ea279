package org.zhucun.leave.request;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A leave request as entered (LEA-1): for whom (a cadre may leave it empty: themselves), from and
 * to (both included), and the reason.
 */
public record LeaveCommand(Long personId,
		@NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
		@NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
		@NotBlank(message = "{validation.required}") @Size(max = 500) String reason) {
}
