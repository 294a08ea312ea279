package org.zhucun.organisation;

/** A village as other modules see it: where it is and whether it may receive personnel (ORG-2). */
public record VillageSummary(long id, String code, String name, String path, boolean receivesPersonnel,
		boolean active) {
}
