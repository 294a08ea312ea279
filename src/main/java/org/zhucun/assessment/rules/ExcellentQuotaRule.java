package org.zhucun.assessment.rules;

/**
 * ASM-6 (Art. 9): at most this percentage of the people dispatched at a level (region, city, county)
 * may be graded 优秀 in a year, rounded down: 20 people at 15 % allow 3, 7 allow 1.
 */
public final class ExcellentQuotaRule {

	private ExcellentQuotaRule() {
	}

	public static int allowed(int dispatchedPeople, int percent) {
		if (dispatchedPeople < 0 || percent < 0) {
			throw new IllegalArgumentException("negative");
		}
		return dispatchedPeople * percent / 100;
	}

	/** The arithmetic in words: "20 × 15 % = 3（向下取整）". */
	public static String arithmetic(int dispatchedPeople, int percent) {
		return dispatchedPeople + " × " + percent + " % = " + allowed(dispatchedPeople, percent) + "（向下取整）";
	}

}
