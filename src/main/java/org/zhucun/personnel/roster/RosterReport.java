package org.zhucun.personnel.roster;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.zhucun.personnel.Gender;

/**
 * Puts a roster import's outcome into the user's language, the same for the page and the API: a
 * summary, and each problem with its Excel row, the column's header and the reason.
 */
@Component
class RosterReport {

	private static final Comparator<RosterProblem> BY_PLACE = Comparator
		.comparing(RosterProblem::row, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(RosterProblem::column, Comparator.nullsFirst(Comparator.naturalOrder()));

	private final MessageSource messages;

	RosterReport(MessageSource messages) {
		this.messages = messages;
	}

	/** "已导入 N 人，其中 M 人已派驻到村", or why nothing was imported. */
	String summary(RosterOutcome outcome) {
		if (outcome.succeeded()) {
			return text("roster.done", argument(outcome.people()), argument(outcome.postings()));
		}
		List<RosterProblem> problems = outcome.problems();
		if (problems.size() == 1 && problems.get(0).row() == null) {
			return message(problems.get(0));
		}
		long rows = problems.stream().map(RosterProblem::row).distinct().count();
		return text("roster.rejected", argument(rows), argument(problems.size()));
	}

	/** Every problem, by row then column. */
	List<RosterError> errors(RosterOutcome outcome) {
		return outcome.problems().stream()
			.sorted(BY_PLACE)
			.map(p -> new RosterError(p.row(), p.column() == null ? null : text(p.column().headerKey()), message(p)))
			.toList();
	}

	private String message(RosterProblem problem) {
		return text(problem.messageKey(), problem.args().stream().map(this::argument).toArray());
	}

	/** Arguments become text here: genders and columns by their labels, numbers without grouping. */
	private Object argument(Object arg) {
		if (arg instanceof Gender gender) {
			return text(gender.messageKey());
		}
		if (arg instanceof RosterColumn column) {
			return text(column.headerKey());
		}
		if (arg instanceof Number number) {
			return number.toString();
		}
		if (arg instanceof Collection<?> items) {
			return items.stream().map(this::argument).map(String::valueOf)
				.collect(Collectors.joining(text("roster.listSeparator")));
		}
		return arg;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	/** One problem as the user reads it; row and column are absent for a problem of the whole file. */
	record RosterError(Integer row, String column, String message) {
	}

}
