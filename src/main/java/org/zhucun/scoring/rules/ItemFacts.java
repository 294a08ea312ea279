package org.zhucun.scoring.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the records say for one line of a sheet (BUR-1): a quantity (undone tasks, absent days, team
 * days, items sent, visits …), a threshold the records set (the village's resident population), the
 * counts per level (media, articles …), an amount and its category (funds and the unit's type), the
 * raters' scores, the survey, the links to the evidence, and — when the records cannot give the
 * figure — why the line waits.
 */
public record ItemFacts(BigDecimal quantity, BigDecimal threshold, Map<String, Integer> counts, BigDecimal amount,
		String category, List<RaterScore> raterScores, Survey survey, List<Link> links, Waiting waiting) {

	public ItemFacts {
		counts = counts == null ? Map.of() : Map.copyOf(counts);
		raterScores = raterScores == null ? List.of() : List.copyOf(raterScores);
		links = links == null ? List.of() : List.copyOf(links);
	}

	public static ItemFacts quantity(BigDecimal quantity, List<Link> links) {
		return new ItemFacts(quantity, null, null, null, null, null, null, links, null);
	}

	public static ItemFacts quantity(long quantity, List<Link> links) {
		return quantity(BigDecimal.valueOf(quantity), links);
	}

	public static ItemFacts against(long quantity, BigDecimal threshold, List<Link> links) {
		return new ItemFacts(BigDecimal.valueOf(quantity), threshold, null, null, null, null, null, links, null);
	}

	public static ItemFacts counts(Map<String, Integer> counts, List<Link> links) {
		return new ItemFacts(null, null, counts, null, null, null, null, links, null);
	}

	public static ItemFacts amount(BigDecimal amount, String category, List<Link> links) {
		return new ItemFacts(null, null, null, amount, category, null, null, links, null);
	}

	public static ItemFacts raters(List<RaterScore> scores) {
		return new ItemFacts(null, null, null, null, null, scores, null, null, null);
	}

	public static ItemFacts survey(Survey survey, List<Link> links) {
		return new ItemFacts(null, null, null, null, null, null, survey, links, null);
	}

	public static ItemFacts waiting(Waiting waiting, List<Link> links) {
		return new ItemFacts(null, null, null, null, null, null, null, links, waiting);
	}

	/** One rater's score of a line (BUR-3: who entered it and when). */
	public record RaterScore(long id, RaterKind raterKind, String raterName, BigDecimal score, String reason,
			java.time.Instant scoredAt, String enteredBy) {
	}

	/** The satisfaction survey as the sheet sees it (SAT-1). */
	public record Survey(boolean valid, int validVotes, int minimumRaters, BigDecimal scoreOutOfTen, String explanation) {
	}

	/** A link to the record behind a figure: its label (message key and arguments) and its address. */
	public record Link(String labelKey, List<Object> args, String href) {

		public Link {
			args = args == null ? List.of() : List.copyOf(args);
		}

	}

}
