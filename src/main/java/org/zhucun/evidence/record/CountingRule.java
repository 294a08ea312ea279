package org.zhucun.evidence.record;

import org.zhucun.evidence.EvidenceKind;
import org.zhucun.evidence.EvidenceState;
import org.zhucun.evidence.FundSource;

/**
 * Annex 1–3: a record counts for a bonus item only once the township or county verified it; funds
 * count only from social funds, investment attracted or the unit's own funds (不含各级部门行业资金).
 */
public final class CountingRule {

	private CountingRule() {
	}

	public static boolean counts(EvidenceKind kind, EvidenceState state, FundSource source) {
		if (state != EvidenceState.VERIFIED) {
			return false;
		}
		return kind != EvidenceKind.FUNDS || (source != null && source.counts());
	}

	/** Why a record does (not) count, as a message key. */
	public static String reason(EvidenceKind kind, EvidenceState state, FundSource source) {
		if (state != EvidenceState.VERIFIED) {
			return "evidence.counts.notVerified";
		}
		if (kind == EvidenceKind.FUNDS && (source == null || !source.counts())) {
			return "evidence.counts.lineDepartment";
		}
		return "evidence.counts.yes";
	}

}
