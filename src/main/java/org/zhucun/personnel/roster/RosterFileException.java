package org.zhucun.personnel.roster;

/** The file as a whole cannot be read as a roster (not .xlsx, damaged, no header, too long). */
class RosterFileException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient RosterProblem problem;

	RosterFileException(String messageKey, Object... args) {
		super(messageKey, null, false, false);
		this.problem = RosterProblem.ofFile(messageKey, args);
	}

	RosterProblem problem() {
		return problem;
	}

}
