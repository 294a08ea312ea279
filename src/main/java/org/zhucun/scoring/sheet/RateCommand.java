package org.zhucun.scoring.sheet;

import java.math.BigDecimal;

/**
 * A rater's score of an item that needs judgement (BUR-3): whose sheet (a person by id, or the team of a
 * village by code), the year, the item, the rater's kind and name, the score and the reason.
 */
public record RateCommand(Subject subject, Long personId, String village, Integer year, String itemCode, String raterKind,
		String raterName, BigDecimal score, String reason) {
}
