package org.zhucun.scoring.rules;

import java.math.BigDecimal;

/**
 * The result of one line: its score (null while it waits), the arithmetic in figures and symbols
 * (SCO-X: "10 − 0.2 × 3 = 9.4"), and why it waits.
 */
public record ItemOutcome(BigDecimal score, String arithmetic, Waiting waiting) {

	public static ItemOutcome scored(BigDecimal score, String arithmetic) {
		return new ItemOutcome(score, arithmetic, null);
	}

	public static ItemOutcome waiting(Waiting waiting, String arithmetic) {
		return new ItemOutcome(null, arithmetic, waiting);
	}

}
