package org.zhucun.evidence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A verified record that counts for a bonus item (Annex 1–3), with who verified it and when: what the
 * assessment reads. {@code personId} is null for a team's record; {@code amount} and
 * {@code fundSource} are set for funds only, {@code level} for the other kinds.
 */
public record CountingEvidence(long id, EvidenceKind kind, long villageNodeId, Long unitId, Long personId,
		EvidenceLevel level, LocalDate occurredOn, String title, BigDecimal amount, FundSource fundSource,
		String verifiedBy, Instant verifiedAt) {
}
