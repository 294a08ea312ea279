package org.zhucun.tasks.plan;

import org.zhucun.tasks.Duty;

/** A task of a plan (TSK-1): its duty of Art. 3, what is to be done, and the quantified target. */
public record TaskCommand(Duty duty, String description, String target) {
}
