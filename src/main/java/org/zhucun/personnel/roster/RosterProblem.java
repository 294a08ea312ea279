package org.zhucun.personnel.roster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One reason why a roster file cannot be imported: the Excel row and column it concerns (both absent
 * for a problem of the whole file), a message key and its arguments. {@link RosterReport} puts it
 * into words.
 */
record RosterProblem(Integer row, RosterColumn column, String messageKey, List<Object> args) {

	RosterProblem {
		args = Collections.unmodifiableList(new ArrayList<>(args));
	}

	static RosterProblem at(int row, RosterColumn column, String messageKey, Object... args) {
		return new RosterProblem(row, column, messageKey, List.of(args));
	}

	static RosterProblem ofFile(String messageKey, Object... args) {
		return new RosterProblem(null, null, messageKey, List.of(args));
	}

}
