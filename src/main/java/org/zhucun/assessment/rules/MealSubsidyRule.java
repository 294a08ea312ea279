package org.zhucun.assessment.rules;

import java.math.BigDecimal;

import org.zhucun.assessment.Grade;

/**
 * SUB-1 (Art. 21): the meal subsidy of a quarter is the daily rate times the days actually resident,
 * paid only where that quarter's grade is 称职 (合格) or better; a quarter not yet graded earns nothing
 * yet.
 */
public final class MealSubsidyRule {

	private MealSubsidyRule() {
	}

	public enum Status {

		/** Graded 称职 (合格) or better: paid. */
		PAID,
		/** Graded below 称职 (合格): nothing. */
		BELOW_GRADE,
		/** Not graded yet: nothing yet. */
		NOT_GRADED;

		public String messageKey() {
			return "assessment.subsidy.status." + name();
		}

	}

	/**
	 * A quarter's subsidy with its arithmetic in the official Chinese wording (for the record and the
	 * API); pages and workbooks word it in the reader's language from {@link #messageKey()}.
	 */
	public record Subsidy(Status status, BigDecimal amount, int residentDays, int yuanPerDay, String arithmetic) {

		/** The arithmetic's message: days ({0}), yuan a day ({1}) and amount ({2}), given as plain numbers. */
		public String messageKey() {
			return "assessment.subsidy.arithmetic." + status.name();
		}

		/** The amount as plain digits ("1740"), so that no locale groups or rounds it. */
		public String amountText() {
			return amount.stripTrailingZeros().toPlainString();
		}

	}

	/** {@code grade} null when the quarter's chain is not complete. */
	public static Subsidy of(Grade grade, int residentDays, int yuanPerDay) {
		if (residentDays < 0 || yuanPerDay < 0) {
			throw new IllegalArgumentException("negative");
		}
		if (grade == null) {
			return new Subsidy(Status.NOT_GRADED, BigDecimal.ZERO.setScale(2), residentDays, yuanPerDay,
					"尚未评定等次，暂不发放");
		}
		if (!grade.atLeast(Grade.COMPETENT)) {
			return new Subsidy(Status.BELOW_GRADE, BigDecimal.ZERO.setScale(2), residentDays, yuanPerDay,
					"平时考核等次低于称职（合格），不发放");
		}
		BigDecimal amount = BigDecimal.valueOf(residentDays).multiply(BigDecimal.valueOf(yuanPerDay)).setScale(2);
		return new Subsidy(Status.PAID, amount, residentDays, yuanPerDay,
				residentDays + " 天 × " + yuanPerDay + " 元/天 = " + amount.stripTrailingZeros().toPlainString() + " 元");
	}

}
