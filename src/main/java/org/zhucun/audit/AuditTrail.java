package org.zhucun.audit;

/**
 * Writes to the audit log (SEC-6). The entry joins the caller's transaction, so it is stored if and
 * only if the change it describes is; outside a transaction it is stored at once. Who and from
 * where are taken from the current request.
 */
public interface AuditTrail {

	void record(AuditEvent event);

	/** Records an event for a known actor (login events, where the security context is not yet set). */
	void record(AuditEvent event, String actor, Long actorAccountId);

}
