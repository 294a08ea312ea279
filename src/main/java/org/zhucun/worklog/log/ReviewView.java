package org.zhucun.worklog.log;

import java.time.Instant;

/** LOG-2: a quarterly review as shown, and whether the caller may publish it. */
public record ReviewView(long id, long personId, String personName, int year, int quarter, String findings,
		String reviewedBy, Instant reviewedAt, boolean published, String publishedBy, Instant publishedAt,
		boolean publishable) {
}
