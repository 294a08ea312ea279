package org.zhucun.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhucun.evidence.record.CountingRule;

/** Annex 1–3: what counts for a bonus item. */
class CountingRuleTests {

	@Test
	@DisplayName("SCO-A1, SCO-X (Annex 1): an unverified media record does not count; a verified one does; a refused one does not")
	void onlyVerifiedCounts() {
		assertThat(CountingRule.counts(EvidenceKind.MEDIA, EvidenceState.PENDING, null)).isFalse();
		assertThat(CountingRule.counts(EvidenceKind.MEDIA, EvidenceState.REFUSED, null)).isFalse();
		assertThat(CountingRule.counts(EvidenceKind.MEDIA, EvidenceState.VERIFIED, null)).isTrue();
		assertThat(CountingRule.reason(EvidenceKind.MEDIA, EvidenceState.PENDING, null)).isEqualTo("evidence.counts.notVerified");
	}

	@Test
	@DisplayName("SCO-A1 (Annex 1 item 4.2): line-department funds do not count as funds secured, even verified; the other sources do")
	void lineDepartmentFundsNeverCount() {
		assertThat(CountingRule.counts(EvidenceKind.FUNDS, EvidenceState.VERIFIED, FundSource.LINE_DEPARTMENT_FUNDS)).isFalse();
		for (FundSource s : new FundSource[] { FundSource.SOCIAL_FUNDS, FundSource.INVESTMENT_ATTRACTED,
				FundSource.UNIT_OWN_FUNDS }) {
			assertThat(CountingRule.counts(EvidenceKind.FUNDS, EvidenceState.VERIFIED, s)).as(s.name()).isTrue();
		}
	}

}
