package org.zhucun.personnel.roster;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhucun.personnel.AssignmentRole;
import org.zhucun.personnel.Gender;
import org.zhucun.personnel.PoliticalStatus;

/**
 * The words a roster file may use: column headers, 男/女, the political statuses, the roles in the
 * village and 是/否, taken from the message bundles in every language the system speaks, so that a
 * template downloaded in English reads back as well as a Chinese one. Matching ignores case, spaces
 * and full-width versus ASCII brackets. Read once: the bundles do not change while the system runs.
 */
@Component
class RosterVocabulary {

	/** The languages of the bundles. */
	static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	private final Map<String, RosterColumn> headers = new HashMap<>();

	private final Map<String, Gender> genders = new HashMap<>();

	private final Map<String, PoliticalStatus> politicalStatuses = new HashMap<>();

	private final Map<String, AssignmentRole> roles = new HashMap<>();

	private final Map<String, Boolean> flags = new HashMap<>();

	RosterVocabulary(MessageSource messages) {
		for (Locale locale : LANGUAGES) {
			for (RosterColumn column : RosterColumn.values()) {
				headers.putIfAbsent(normalise(messages.getMessage(column.headerKey(), null, locale)), column);
			}
			for (Gender gender : Gender.values()) {
				genders.putIfAbsent(normalise(messages.getMessage(gender.messageKey(), null, locale)), gender);
			}
			for (PoliticalStatus status : PoliticalStatus.values()) {
				politicalStatuses.putIfAbsent(normalise(messages.getMessage(status.messageKey(), null, locale)), status);
			}
			for (AssignmentRole role : AssignmentRole.values()) {
				roles.putIfAbsent(normalise(messages.getMessage(role.messageKey(), null, locale)), role);
			}
			flags.putIfAbsent(normalise(messages.getMessage("common.yes", null, locale)), true);
			flags.putIfAbsent(normalise(messages.getMessage("common.no", null, locale)), false);
		}
	}

	Optional<RosterColumn> column(String header) {
		return find(headers, header);
	}

	Optional<Gender> gender(String word) {
		return find(genders, word);
	}

	Optional<PoliticalStatus> politicalStatus(String word) {
		return find(politicalStatuses, word);
	}

	Optional<AssignmentRole> role(String word) {
		return find(roles, word);
	}

	/** true for 是, false for 否, empty for anything else. */
	Optional<Boolean> flag(String word) {
		return find(flags, word);
	}

	private static <T> Optional<T> find(Map<String, T> words, String word) {
		return Optional.ofNullable(words.get(normalise(word)));
	}

	static String normalise(String text) {
		return text == null ? ""
				: text.replace('（', '(').replace('）', ')').replaceAll("[\\s\\u3000\\u00a0]+", "").toLowerCase(Locale.ROOT);
	}

}
