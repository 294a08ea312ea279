package org.zhucun.leave.request;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** The report of return (销假, LEA-3): the day the person was back in the village. */
public record ReturnCommand(@NotNull LocalDate returnedOn) {
}
