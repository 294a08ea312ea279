package org.zhucun.scoring.rules;

import static org.zhucun.scoring.rules.Points.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a line of a sheet is scored (SCO-A1/A2/A3, SCO-X): one calculator per kind, plain decimal
 * arithmetic (no floating point), each giving the arithmetic it did. The numbers come from the
 * template's parameters (POL-1: a county refines them from a year) and the records' facts.
 */
public enum RuleKind {

	/**
	 * The maximum less {@code rate} per unit counted, never below 0: duties (1 per undone task),
	 * attendance (0.2 per day of unexcused absence).
	 */
	DEDUCTION_PER_UNIT {
		@Override
		ItemOutcome score(TemplateItem item, ItemFacts facts) {
			BigDecimal rate = item.param("rate");
			BigDecimal raw = item.maximum().subtract(rate.multiply(facts.quantity()));
			return floored(raw, text(item.maximum()) + " − " + text(rate) + " × " + text(facts.quantity()) + " = "
					+ text(raw));
		}
	},

	/**
	 * The maximum less {@code rate} per day short of {@code required}, never below 0 (Annex 1 item 2.5:
	 * 240 working days, 0.5 per day short).
	 */
	SHORTFALL_DEDUCTION {
		@Override
		ItemOutcome score(TemplateItem item, ItemFacts facts) {
			BigDecimal required = item.param("required");
			BigDecimal rate = item.param("rate");
			BigDecimal days = facts.quantity();
			if (days.compareTo(required) >= 0) {
				return ItemOutcome.scored(item.maximum(), text(days) + " ≥ " + text(required) + " → " + text(item.maximum()));
			}
			BigDecimal shortfall = required.subtract(days);
			BigDecimal raw = item.maximum().subtract(rate.multiply(shortfall));
			return floored(raw, text(required) + " − " + text(days) + " = " + text(shortfall) + "；" + text(item.maximum())
					+ " − " + text(rate) + " × " + text(shortfall) + " = " + text(raw));
		}
	},

	/**
	 * The maximum when the figure reaches the threshold — the template's {@code threshold}, or one the
	 * records set (the village's resident population) — else 0.
	 */
	THRESHOLD {
		@Override
		ItemOutcome score(TemplateItem item, ItemFacts facts) {
			BigDecimal threshold = facts.threshold() != null ? facts.threshold() : item.param("threshold");
			boolean reached = facts.quantity().compareTo(threshold) >= 0;
			return ItemOutcome.scored(reached ? item.maximum() : BigDecimal.ZERO, text(facts.quantity())
					+ (reached ? " ≥ " : " < ") + text(threshold) + " → " + (reached ? text(item.maximum()) : "0"));
		}
	},

	/**
	 * Points per record by level (parameters named by level: COUNTY, CITY, REGION, NATIONAL), capped at
	 * the maximum: media coverage (city 1, region 2, national 3, at most 10), articles, suggestions and
	 * instructions (at most 5 each).
	 */
	POINTS_PER_LEVEL {
		@Override
		ItemOutcome score(TemplateItem item, ItemFacts facts) {
			BigDecimal sum = BigDecimal.ZERO;
			StringBuilder terms = new StringBuilder();
			for (Map.Entry<String, BigDecimal> p : item.params().entrySet()) {
				int n = facts.counts().getOrDefault(p.getKey(), 0);
				if (n > 0) {
					sum = sum.add(p.getValue().multiply(BigDecimal.valueOf(n)));
					terms.append(terms.isEmpty() ? "" : " + ").append(n).append(" × ").append(text(p.getValue()));
				}
			}
			String arithmetic = terms.isEmpty() ? "0" : terms + " = " + text(sum);
			return capped(item, sum, arithmetic);
		}
	},

	/**
	 * {@code points} per FULL step of money, the step by the category (the dispatching unit's type),
	 * capped at the maximum if the template sets one (Annex 1 bonus 2: 0.1 point per 10 000 / 20 000 /
	 * 30 000 yuan, no cap).
	 */
	PER_FULL_AMOUNT {
		@Override
		ItemOutcome score(TemplateItem item, ItemFacts facts) {
			BigDecimal step = facts.category() == null ? null : item.params().get(facts.category());
			if (step == null || step.signum() <= 0) {
				return ItemOutcome.waiting(Waiting.of("scoring.waiting.noStep", facts.category() == null ? "" : facts.category()),
						"");
			}
			BigDecimal points = item.param("points");
			BigDecimal steps = facts.amount().divide(step, 0, RoundingMode.DOWN);
			BigDecimal sum = points.multiply(steps);
			return capped(item, sum, text(facts.amount()) + " ÷ " + text(step) + " → " + text(steps) + " × " + text(points)
					+ " = " + text(sum));
		}
	},

	/**
	 * The mean of the raters' scores, to two decimal places (half up); the line waits until every rater
	 * the template names has scored.
	 */
	RATER_MEAN {
		@Override
		ItemOutcome score(TemplateItem item, ItemFacts facts) {
			List<ItemFacts.RaterScore> scores = facts.raterScores();
			String arithmetic = "";
			BigDecimal mean = null;
			if (!scores.isEmpty()) {
				BigDecimal sum = scores.stream().map(ItemFacts.RaterScore::score).reduce(BigDecimal.ZERO, BigDecimal::add);
				mean = sum.divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
				arithmetic = scores.size() == 1 ? text(sum) + " = " + mean.toPlainString()
						: "(" + scores.stream().map(s -> text(s.score())).collect(Collectors.joining(" + ")) + ") ÷ "
								+ scores.size() + " = " + mean.toPlainString();
			}
			Set<RaterKind> missing = missingRaters(item, scores);
			if (scores.isEmpty() || !missing.isEmpty()) {
				return ItemOutcome.waiting(new Waiting("scoring.waiting.raters", List.copyOf(missing)), arithmetic);
			}
			return ItemOutcome.scored(mean, arithmetic);
		}
	},

	/** The survey's score out of 10 scaled to the line's maximum; an invalid survey leaves the line waiting. */
	SURVEY_SCALED {
		@Override
		ItemOutcome score(TemplateItem item, ItemFacts facts) {
			ItemFacts.Survey survey = facts.survey();
			if (survey == null) {
				return ItemOutcome.waiting(Waiting.of("scoring.waiting.noSurvey"), "");
			}
			if (!survey.valid() || survey.scoreOutOfTen() == null) {
				return ItemOutcome.waiting(Waiting.of("scoring.waiting.surveyInvalid", String.valueOf(survey.validVotes()),
						String.valueOf(survey.minimumRaters())), survey.explanation());
			}
			BigDecimal score = survey.scoreOutOfTen()
				.multiply(item.maximum())
				.divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP);
			String arithmetic = (survey.explanation() == null ? "" : survey.explanation() + "；") + text(survey.scoreOutOfTen())
					+ " × " + text(item.maximum()) + " ÷ 10 = " + text(score);
			return ItemOutcome.scored(score, arithmetic);
		}
	};

	/** The line's score from its facts; facts that say the line waits make it wait. */
	public ItemOutcome evaluate(TemplateItem item, ItemFacts facts) {
		if (facts == null) {
			return ItemOutcome.waiting(Waiting.of("scoring.waiting.noRecord"), "");
		}
		if (facts.waiting() != null) {
			return ItemOutcome.waiting(facts.waiting(), "");
		}
		return score(item, facts);
	}

	abstract ItemOutcome score(TemplateItem item, ItemFacts facts);

	/** The rater kinds the line names that have not scored yet. */
	static Set<RaterKind> missingRaters(TemplateItem item, List<ItemFacts.RaterScore> scores) {
		Set<RaterKind> missing = item.raters().isEmpty() ? EnumSet.noneOf(RaterKind.class) : EnumSet.copyOf(item.raters());
		scores.forEach(s -> missing.remove(s.raterKind()));
		return missing;
	}

	private static ItemOutcome floored(BigDecimal raw, String arithmetic) {
		return raw.signum() < 0 ? ItemOutcome.scored(BigDecimal.ZERO, arithmetic + " → 0") : ItemOutcome.scored(raw, arithmetic);
	}

	private static ItemOutcome capped(TemplateItem item, BigDecimal sum, String arithmetic) {
		if (item.maximum() != null && sum.compareTo(item.maximum()) > 0) {
			return ItemOutcome.scored(item.maximum(), arithmetic + " > " + text(item.maximum()) + " → " + text(item.maximum()));
		}
		return ItemOutcome.scored(sum, arithmetic);
	}

	/** Whether the line is scored from the records (not by raters, not by the survey). */
	public boolean automatic() {
		return this != RATER_MEAN && this != SURVEY_SCALED;
	}

	public String messageKey() {
		return "scoring.kind." + name();
	}

}
