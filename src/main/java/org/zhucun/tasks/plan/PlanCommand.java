package org.zhucun.tasks.plan;

/**
 * A new work plan (TSK-1): a cadre drafts their own (or their team's) and names only the kind and
 * year; the township may open one for a person of its villages ({@code personId}) or a team
 * ({@code villageCode}).
 */
public record PlanCommand(PlanKind kind, Integer year, Long personId, String villageCode) {
}
