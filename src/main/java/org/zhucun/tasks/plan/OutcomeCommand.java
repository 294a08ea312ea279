package org.zhucun.tasks.plan;

/** The year-end mark of a task (TSK-2): done or not, with a note. */
public record OutcomeCommand(Boolean done, String note) {
}
