package org.zhucun.organisation.importing;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.zhucun.organisation.NodeLevel;

/**
 * Puts an import's outcome into the user's language, the same for the page and the API: a summary,
 * and each problem with its Excel row, the column's header and the reason.
 */
@Component
class ImportReport {

	private static final Comparator<ImportProblem> BY_PLACE = Comparator
		.comparing(ImportProblem::row, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(ImportProblem::column, Comparator.nullsFirst(Comparator.naturalOrder()));

	private final MessageSource messages;

	ImportReport(MessageSource messages) {
		this.messages = messages;
	}

	/** "已导入 N 条", or why nothing was imported. */
	String summary(ImportOutcome outcome) {
		if (outcome.succeeded()) {
			return text("import.done", argument(outcome.imported()));
		}
		List<ImportProblem> problems = outcome.problems();
		if (problems.size() == 1 && problems.get(0).row() == null) {
			return message(problems.get(0));
		}
		long rows = problems.stream().map(ImportProblem::row).distinct().count();
		return text("import.rejected", argument(rows), argument(problems.size()));
	}

	/** Every problem, by row then column. */
	List<ImportError> errors(ImportOutcome outcome) {
		return outcome.problems().stream()
			.sorted(BY_PLACE)
			.map(p -> new ImportError(p.row(), p.column() == null ? null : text(p.column().headerKey()), message(p)))
			.toList();
	}

	private String message(ImportProblem problem) {
		return text(problem.messageKey(), problem.args().stream().map(this::argument).toArray());
	}

	/** Arguments become text here: levels and columns by their labels, numbers without grouping. */
	private Object argument(Object arg) {
		if (arg instanceof NodeLevel level) {
			return text(level.messageKey());
		}
		if (arg instanceof ImportColumn column) {
			return text(column.headerKey());
		}
		if (arg instanceof Number number) {
			return number.toString();
		}
		if (arg instanceof Collection<?> items) {
			return items.stream().map(this::argument).map(String::valueOf)
				.collect(Collectors.joining(text("import.listSeparator")));
		}
		return arg;
	}

	private String text(String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, args, key, locale);
	}

	/** One problem as the user reads it; row and column are absent for a problem of the whole file. */
	record ImportError(Integer row, String column, String message) {
	}

}
