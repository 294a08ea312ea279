package org.zhucun.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of an audit entry: SHA-256 over its fields and the previous entry's hash. Each field is
 * written with its length in front, so no choice of values can make two different entries hash
 * alike by moving a separator.
 */
final class AuditHash {

	static final String GENESIS = "0".repeat(64);

	private AuditHash() {
	}

	static String of(AuditRow row) {
		StringBuilder canonical = new StringBuilder();
		for (String field : new String[] { String.valueOf(row.id()), row.occurredAtMicros(),
				row.actorAccountId() == null ? null : String.valueOf(row.actorAccountId()), row.actor(),
				row.clientAddress(), row.action(), row.entityType(), row.entityId(), row.summary(), row.changes(),
				row.prevHash() }) {
			if (field == null) {
				canonical.append("-1:");
			}
			else {
				canonical.append(field.length()).append(':').append(field);
			}
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
