package org.zhucun.audit;

import java.util.Map;

/**
 * An event to put in the audit log: what happened, to which record, a short summary, and for a
 * change the fields that changed with their values before and after. The summary is a message
 * key ({@code audit.summary.*}) where the event is one of the application's own, so that the audit
 * page shows it in the reader's language; anything else is kept as it is.
 */
public record AuditEvent(AuditAction action, String entityType, String entityId, String summary,
		Map<String, FieldChange> changes) {

	public static AuditEvent of(AuditAction action, String summary) {
		return new AuditEvent(action, null, null, summary, Map.of());
	}

	/** A field's value before and after (null where the record was created or removed). */
	public record FieldChange(String before, String after) {
	}

}
