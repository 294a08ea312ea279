package org.zhucun.scoring.rules;

import static org.zhucun.scoring.rules.Points.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Fills a sheet (SCO-A1/A2/A3, SCO-X): every scored line by its rule kind from its facts, every line
 * with children as their sum (with the arithmetic), the base out of 100, the bonus and the total. A
 * line whose children fall short of it and whose remainder the county scores as a whole gets a
 * remainder line ({@code code.R}) scored by the raters of its children. Plain code, no database.
 */
public final class SheetEvaluator {

	/** The suffix of the remainder line's code. */
	public static final String REMAINDER = ".R";

	private SheetEvaluator() {
	}

	/** One filled line: the template line, its facts, its outcome, and whether it is a part or a sum. */
	public record Line(TemplateItem item, ItemFacts facts, ItemOutcome outcome, int depth, boolean sum) {

		public BigDecimal score() {
			return outcome.score();
		}

		public boolean waiting() {
			return outcome.waiting() != null;
		}

	}

	/** The filled sheet. */
	public record Filled(List<Line> lines, BigDecimal base, BigDecimal bonus, BigDecimal total, boolean complete) {
	}

	/**
	 * @param remainderName the name of a remainder line (in the user's language)
	 */
	public static Filled fill(List<TemplateItem> template, Function<TemplateItem, ItemFacts> facts, String remainderName) {
		List<TemplateItem> items = withRemainders(template, remainderName);
		Map<String, Line> byCode = new HashMap<>();
		for (int i = items.size() - 1; i >= 0; i--) {
			TemplateItem item = items.get(i);
			List<TemplateItem> children = TemplateCheck.children(items, item.code());
			if (children.isEmpty()) {
				ItemFacts f = facts.apply(item);
				ItemOutcome outcome = item.kind() == null ? ItemOutcome.waiting(Waiting.of("scoring.waiting.noRule"), "")
						: item.kind().evaluate(item, f);
				byCode.put(item.code(), new Line(item, f, outcome, depth(item), false));
			}
			else {
				List<Line> lines = children.stream().map(c -> byCode.get(c.code())).toList();
				byCode.put(item.code(), new Line(item, null, sum(lines), depth(item), true));
			}
		}
		List<Line> lines = items.stream().map(i -> byCode.get(i.code())).toList();
		BigDecimal base = BigDecimal.ZERO;
		BigDecimal bonus = BigDecimal.ZERO;
		for (Line line : lines) {
			if (line.item().part() && line.score() != null) {
				if (line.item().bonus()) {
					bonus = bonus.add(line.score());
				}
				else {
					base = base.add(line.score());
				}
			}
		}
		boolean complete = lines.stream().noneMatch(l -> !l.sum() && l.waiting());
		return new Filled(lines, base, bonus, base.add(bonus), complete);
	}

	/** A sum of children: the scores given so far, "?" for a waiting child; waits while any child waits. */
	private static ItemOutcome sum(List<Line> children) {
		BigDecimal total = BigDecimal.ZERO;
		boolean waiting = false;
		List<String> terms = new ArrayList<>();
		for (Line c : children) {
			if (c.score() != null) {
				total = total.add(c.score());
				terms.add(text(c.score()));
			}
			else {
				terms.add("?");
			}
			waiting |= c.waiting();
		}
		String arithmetic = terms.size() == 1 ? text(total) : String.join(" + ", terms) + " = " + text(total);
		return waiting ? new ItemOutcome(total, arithmetic, Waiting.of("scoring.waiting.children")) : ItemOutcome.scored(total, arithmetic);
	}

	/** The template with a remainder line after the children of every line whose remainder is scored as a whole. */
	public static List<TemplateItem> withRemainders(List<TemplateItem> template, String remainderName) {
		List<TemplateItem> items = new ArrayList<>(template);
		for (TemplateItem item : template) {
			List<TemplateItem> children = TemplateCheck.children(template, item.code());
			if (item.remainderReason() == null || children.isEmpty() || item.maximum() == null
					|| children.stream().anyMatch(c -> c.maximum() == null)) {
				continue;
			}
			BigDecimal rest = item.maximum()
				.subtract(children.stream().map(TemplateItem::maximum).reduce(BigDecimal.ZERO, BigDecimal::add));
			if (rest.signum() <= 0) {
				continue;
			}
			List<RaterKind> raters = List.copyOf(children.stream()
				.flatMap(c -> c.raters().stream())
				.collect(Collectors.toCollection(LinkedHashSet::new)));
			TemplateItem remainder = new TemplateItem(item.code() + REMAINDER, remainderName, rest, item.remainderReason(),
					RuleKind.RATER_MEAN, EvidenceSource.RATERS, null,
					raters.isEmpty() ? List.of(RaterKind.TOWNSHIP_PARTY_COMMITTEE) : raters, item.bonus(), null);
			TemplateItem last = children.get(children.size() - 1);
			int at = lastDescendant(items, last);
			items.add(at + 1, remainder);
		}
		return items;
	}

	private static int lastDescendant(List<TemplateItem> items, TemplateItem item) {
		int at = items.indexOf(item);
		for (int i = at + 1; i < items.size() && items.get(i).code().startsWith(item.code() + "."); i++) {
			at = i;
		}
		return at;
	}

	private static int depth(TemplateItem item) {
		return (int) item.code().chars().filter(c -> c == '.').count();
	}

	/** The line of a code, if the filled sheet has it. */
	public static java.util.Optional<Line> line(Filled filled, String code) {
		return filled.lines().stream().filter(l -> Objects.equals(l.item().code(), code)).findFirst();
	}

}
