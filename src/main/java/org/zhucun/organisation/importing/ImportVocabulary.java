package org.zhucun.organisation.importing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.zhucun.organisation.NodeLevel;

/**
 * The words an import file may use: column headers, level names and 是/否, taken from the message
 * bundles in every language the system speaks, so that a template downloaded in English reads back
 * as well as a Chinese one. Matching ignores case, spaces and full-width versus ASCII brackets.
 */
record ImportVocabulary(Map<String, ImportColumn> headers, Map<String, NodeLevel> levels, Set<String> yes,
		Set<String> no) {

	/** The languages of the bundles. */
	static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	ImportVocabulary {
		headers = Map.copyOf(headers);
		levels = Map.copyOf(levels);
		yes = Set.copyOf(yes);
		no = Set.copyOf(no);
	}

	static ImportVocabulary from(MessageSource messages) {
		Map<String, ImportColumn> headers = new HashMap<>();
		Map<String, NodeLevel> levels = new HashMap<>();
		Set<String> yes = new HashSet<>();
		Set<String> no = new HashSet<>();
		for (Locale locale : LANGUAGES) {
			for (ImportColumn column : ImportColumn.values()) {
				headers.putIfAbsent(normalise(messages.getMessage(column.headerKey(), null, locale)), column);
			}
			for (NodeLevel level : NodeLevel.values()) {
				levels.putIfAbsent(normalise(messages.getMessage(level.messageKey(), null, locale)), level);
			}
			yes.add(normalise(messages.getMessage("common.yes", null, locale)));
			no.add(normalise(messages.getMessage("common.no", null, locale)));
		}
		return new ImportVocabulary(headers, levels, yes, no);
	}

	Optional<ImportColumn> column(String header) {
		return Optional.ofNullable(headers.get(normalise(header)));
	}

	Optional<NodeLevel> level(String word) {
		return Optional.ofNullable(levels.get(normalise(word)));
	}

	/** true for 是, false for 否, empty for anything else. */
	Optional<Boolean> flag(String word) {
		String w = normalise(word);
		return yes.contains(w) ? Optional.of(true) : no.contains(w) ? Optional.of(false) : Optional.empty();
	}

	static String normalise(String text) {
		return text == null ? ""
				: text.replace('（', '(').replace('）', ')').replaceAll("[\\s\\u3000\\u00a0]+", "").toLowerCase(Locale.ROOT);
	}

}
