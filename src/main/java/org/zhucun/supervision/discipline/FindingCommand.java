package org.zhucun.supervision.discipline;

/** A finding of an inspection about one person (SUP-1). */
public record FindingCommand(Long personId, String finding) {
}
