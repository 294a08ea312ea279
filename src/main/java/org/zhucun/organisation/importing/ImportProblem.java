package org.zhucun.organisation.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One reason why a file cannot be imported: the Excel row and column it concerns (both absent for a
 * problem of the whole file), a message key and its arguments. The web layer puts it into words.
 */
record ImportProblem(Integer row, ImportColumn column, String messageKey, List<Object> args) {

	ImportProblem {
		args = Collections.unmodifiableList(new ArrayList<>(args));
	}

	static ImportProblem at(int row, ImportColumn column, String messageKey, Object... args) {
		return new ImportProblem(row, column, messageKey, List.of(args));
	}

	static ImportProblem ofFile(String messageKey, Object... args) {
		return new ImportProblem(null, null, messageKey, List.of(args));
	}

}
