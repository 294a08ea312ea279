package org.zhucun.leave.request;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An approver's decision (LEA-1/2): approve or refuse, with an opinion (required when refusing). */
public record DecisionCommand(@NotNull Boolean approve, @Size(max = 500) String opinion) {
}
