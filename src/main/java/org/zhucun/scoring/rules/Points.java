package org.zhucun.scoring.rules;

import java.math.BigDecimal;

/** Points and amounts written as people write them: 9.4, 5, 0.3 (no trailing zeros, no exponent). */
public final class Points {

	private Points() {
	}

	public static String text(BigDecimal value) {
		if (value == null) {
			return "";
		}
		BigDecimal v = value.stripTrailingZeros();
		return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
	}

}
