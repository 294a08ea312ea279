package org.zhucun.audit.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** One row of the audit log, as stored. */
public record AuditRow(long id, Instant occurredAt, Long actorAccountId, String actor, String clientAddress, String action,
		String entityType, String entityId, String summary, String changes, String prevHash, String hash) {

	/** The time as PostgreSQL keeps it (microseconds), in the form the hash uses. */
	String occurredAtMicros() {
		Instant t = occurredAt.truncatedTo(ChronoUnit.MICROS);
		return t.getEpochSecond() + "." + String.format("%06d", t.getNano() / 1000);
	}

	/** The time as the audit administrator reads it, in China Standard Time. */
	public String shownTime() {
		return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(AuditQuery.CHINA).format(occurredAt);
	}

	AuditRow withHash(String hash) {
		return new AuditRow(id, occurredAt, actorAccountId, actor, clientAddress, action, entityType, entityId, summary,
				changes, prevHash, hash);
	}

}
