package org.zhucun.organisation;

/** A node of the administrative tree as other modules see it: for filters, pick lists and scopes. */
public record PlaceSummary(long id, String code, String name, NodeLevel level, String path, boolean active) {
}
