package org.zhucun.worklog.log;

/** LOG-2: the township's findings on a person's log for one quarter. */
public record ReviewCommand(Long personId, Integer year, Integer quarter, String findings) {
}
