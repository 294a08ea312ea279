package org.zhucun.survey.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.zhucun.survey.SatisfactionResults.SurveyResult;

/**
 * SAT-1, SCO-X: the result of a survey from its counts. Valid votes are the online votes plus the
 * paper tallies; the survey is valid only with at least its minimum number of raters; the score out of
 * 10 is 10 × (w₁ × satisfied + w₂ × fairly satisfied + w₃ × dissatisfied) / valid votes, the weights
 * in percent of a full vote (policy: 100, 50, 0), rounded half up to 2 decimals. The explanation is
 * the arithmetic alone ("10 × (1 × 25 + 0.5 × 4 + 0 × 1) / 30 = 9.00", or "29 < 30" for a survey
 * under its minimum): pages word it in the reader's language around it.
 */
public final class SurveyScoring {

	private static final BigDecimal TEN = BigDecimal.TEN;

	private static final BigDecimal HUNDRED = new BigDecimal(100);

	private SurveyScoring() {
	}

	/** The weights of the three answers in percent of a full vote (POL-1). */
	public record Weights(int satisfiedPercent, int fairlySatisfiedPercent, int dissatisfiedPercent) {

		public static final Weights SEED = new Weights(100, 50, 0);

	}

	/** The counted answers of a survey: online votes and paper tallies together. */
	public record Counts(int satisfied, int fairlySatisfied, int dissatisfied) {

		public static final Counts NONE = new Counts(0, 0, 0);

		public int total() {
			return satisfied + fairlySatisfied + dissatisfied;
		}

		public Counts plus(Counts other) {
			return new Counts(satisfied + other.satisfied, fairlySatisfied + other.fairlySatisfied,
					dissatisfied + other.dissatisfied);
		}

	}

	public static SurveyResult result(long surveyId, Counts counts, int minimumRaters, Weights weights) {
		int valid = counts.total();
		if (valid < minimumRaters) {
			String why = valid + " < " + minimumRaters;
			return new SurveyResult(surveyId, valid, minimumRaters, false, counts.satisfied(), counts.fairlySatisfied(),
					counts.dissatisfied(), null, why);
		}
		BigDecimal weighted = weight(weights.satisfiedPercent(), counts.satisfied())
			.add(weight(weights.fairlySatisfiedPercent(), counts.fairlySatisfied()))
			.add(weight(weights.dissatisfiedPercent(), counts.dissatisfied()));
		BigDecimal score = TEN.multiply(weighted).divide(new BigDecimal(valid), 2, RoundingMode.HALF_UP);
		String why = "10 × (" + term(weights.satisfiedPercent(), counts.satisfied()) + " + "
				+ term(weights.fairlySatisfiedPercent(), counts.fairlySatisfied()) + " + "
				+ term(weights.dissatisfiedPercent(), counts.dissatisfied()) + ") / " + valid + " = "
				+ score.toPlainString();
		return new SurveyResult(surveyId, valid, minimumRaters, true, counts.satisfied(), counts.fairlySatisfied(),
				counts.dissatisfied(), score, why);
	}

	private static BigDecimal weight(int percent, int votes) {
		return factor(percent).multiply(new BigDecimal(votes));
	}

	private static BigDecimal factor(int percent) {
		return new BigDecimal(percent).divide(HUNDRED).stripTrailingZeros();
	}

	private static String term(int percent, int votes) {
		return factor(percent).toPlainString() + " × " + votes;
	}

}
