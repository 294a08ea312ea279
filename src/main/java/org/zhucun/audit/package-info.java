/**
 * Audit (SEC-6): an append-only, hash-chained log of every login, logout and change to a record,
 * written in the same transaction as the change. Other modules record their own events through
 * {@link org.zhucun.audit.AuditTrail}; changes to JPA entities are captured automatically.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.zhucun.audit;
