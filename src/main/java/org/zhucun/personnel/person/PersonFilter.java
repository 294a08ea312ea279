package org.zhucun.personnel.person;

import org.zhucun.personnel.AssignmentRole;

/**
 * What a list of people is narrowed to (PER-1..3), always inside the user's data scope (ORG-5):
 * a name, a place (the code of a county, township or village where the person is or was posted),
 * the dispatching unit's code, the role of the posting and the posting status. Place and role
 * match a posting of the given status (any posting when no status is given).
 */
public record PersonFilter(String q, String place, String unit, AssignmentRole role, PostingStatus status) {

	public static final PersonFilter NONE = new PersonFilter(null, null, null, null, null);

	public PersonFilter {
		q = blankToNull(q);
		place = blankToNull(place);
		unit = blankToNull(unit);
	}

	/** Whether any part of the filter narrows by posting. */
	boolean narrowsByPosting() {
		return place != null || role != null || status != null;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
