package org.zhucun.evidence.record;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.zhucun.evidence.EvidenceKind;
import org.zhucun.evidence.EvidenceLevel;
import org.zhucun.evidence.FundSource;

/**
 * A piece of evidence as entered: a team's record names the village by code, a person's record the
 * person (their village and unit are those of their active posting). {@code amount} and
 * {@code fundSource} for funds, {@code level} for the other kinds.
 */
public record EvidenceCommand(EvidenceKind kind, String villageCode, Long personId, EvidenceLevel level,
		LocalDate occurredOn, String title, String link, BigDecimal amount, FundSource fundSource) {
}
