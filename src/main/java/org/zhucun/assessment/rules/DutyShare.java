package org.zhucun.assessment.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.zhucun.scoring.ScoringSheets.ItemLine;

/**
 * ASM-7 (Art. 6): the quantified part of the five duties (履职情况, section 1 of Annex 2 and 3) makes
 * at least 70 % of the sheet's 100 base points.
 */
public final class DutyShare {

	public static final BigDecimal MINIMUM_PERCENT = new BigDecimal("70");

	private static final BigDecimal BASE = new BigDecimal("100");

	private DutyShare() {
	}

	public record Share(BigDecimal dutyPoints, BigDecimal percent, boolean enough, String arithmetic) {
	}

	/** The items of section 1 (履职情况): the section's own line "1", or its items "1.x" when the sheet lists no section line. */
	public static boolean isDutyItem(ItemLine item) {
		String code = item.code() == null ? "" : item.code();
		return code.equals("1") || code.startsWith("1.");
	}

	/** The share by the seed policy's 70 %. */
	public static Share of(List<ItemLine> items) {
		return of(items, MINIMUM_PERCENT);
	}

	/** The share against the least percentage in force (POL-1, {@code PolicyKey.ASSESSMENT_DUTY_SHARE_MIN_PERCENT}). */
	public static Share of(List<ItemLine> items, BigDecimal minimumPercent) {
		List<ItemLine> section = items.stream().filter(i -> "1".equals(i.code())).toList();
		BigDecimal duty = (section.isEmpty() ? items.stream().filter(DutyShare::isDutyItem).toList() : section).stream()
			.map(ItemLine::maximum)
			.filter(java.util.Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal percent = duty.multiply(BASE).divide(BASE, 1, RoundingMode.DOWN);
		return new Share(duty, percent, percent.compareTo(minimumPercent) >= 0,
				duty.stripTrailingZeros().toPlainString() + " / 100 = " + percent.stripTrailingZeros().toPlainString()
						+ " %（不少于 " + minimumPercent.stripTrailingZeros().toPlainString() + " %）");
	}

}
