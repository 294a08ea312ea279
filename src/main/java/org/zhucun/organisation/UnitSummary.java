package org.zhucun.organisation;

/** A dispatching unit as other modules see it. */
public record UnitSummary(long id, String code, String name, UnitLevel level, UnitType type, boolean active) {
}
