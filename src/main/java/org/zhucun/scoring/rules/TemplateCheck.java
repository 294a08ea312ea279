package org.zhucun.scoring.rules;

import static org.zhucun.scoring.rules.Points.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Validates a template (SCO-A1/A2/A3): the points of a line's children add up to the line's maximum,
 * the parts add up to 100, every scored line has a rule, every rated line names its raters. Nothing is
 * corrected silently: every mismatch is a flag naming the line; a county may record that the remainder
 * of a line is scored as a whole, with a reason, and the flag then says so instead.
 */
public final class TemplateCheck {

	/** The points the parts of a sheet add up to. */
	public static final BigDecimal FULL_MARKS = BigDecimal.valueOf(100);

	private TemplateCheck() {
	}

	public enum Problem {
		/** The children's points do not add up to the line's maximum. */
		CHILDREN_DO_NOT_ADD_UP,
		/** The children fall short and the county scores the remainder as a whole (resolved, with a reason). */
		REMAINDER_SCORED_AS_WHOLE,
		/** The parts (bonus excluded) do not add up to 100. */
		PARTS_DO_NOT_ADD_UP,
		/** A scored line without a rule kind. */
		NO_RULE,
		/** A line scored by raters that names none. */
		NO_RATERS;

		public String messageKey() {
			return "scoring.flag." + name();
		}

	}

	/** One finding: the problem, the line it names (null for the whole sheet), the points expected and found. */
	public record Flag(Problem problem, String code, String name, BigDecimal expected, BigDecimal actual, String reason) {

		public boolean resolved() {
			return problem == Problem.REMAINDER_SCORED_AS_WHOLE;
		}

		/** The arguments of the flag's message: code, name, expected, actual, reason. */
		public Object[] args() {
			return new Object[] { code == null ? "" : code, name == null ? "" : name, text(expected), text(actual),
					reason == null ? "" : reason };
		}

	}

	public static List<Flag> check(List<TemplateItem> items) {
		List<Flag> flags = new ArrayList<>();
		BigDecimal parts = BigDecimal.ZERO;
		for (TemplateItem item : items) {
			List<TemplateItem> children = children(items, item.code());
			if (children.isEmpty()) {
				if (item.kind() == null && !item.part()) {
					flags.add(new Flag(Problem.NO_RULE, item.code(), item.name(), null, null, null));
				}
				else if (item.kind() == RuleKind.RATER_MEAN && item.raters().isEmpty()) {
					flags.add(new Flag(Problem.NO_RATERS, item.code(), item.name(), null, null, null));
				}
			}
			else if (item.maximum() != null && children.stream().allMatch(c -> c.maximum() != null)) {
				BigDecimal sum = sum(children);
				if (sum.compareTo(item.maximum()) != 0) {
					boolean resolved = item.remainderReason() != null && sum.compareTo(item.maximum()) < 0;
					flags.add(new Flag(resolved ? Problem.REMAINDER_SCORED_AS_WHOLE : Problem.CHILDREN_DO_NOT_ADD_UP,
							item.code(), item.name(), item.maximum(), sum, item.remainderReason()));
				}
			}
			if (item.part() && !item.bonus()) {
				parts = parts.add(item.maximum() != null ? item.maximum() : sum(children));
			}
		}
		if (parts.compareTo(FULL_MARKS) != 0) {
			flags.add(0, new Flag(Problem.PARTS_DO_NOT_ADD_UP, null, null, FULL_MARKS, parts, null));
		}
		return List.copyOf(flags);
	}

	/** Whether any flag is an unresolved problem. */
	public static boolean consistent(List<Flag> flags) {
		return flags.stream().allMatch(Flag::resolved);
	}

	static List<TemplateItem> children(List<TemplateItem> items, String code) {
		return items.stream().filter(i -> Objects.equals(i.parentCode(), code)).toList();
	}

	private static BigDecimal sum(List<TemplateItem> children) {
		return children.stream()
			.map(TemplateItem::maximum)
			.filter(Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
