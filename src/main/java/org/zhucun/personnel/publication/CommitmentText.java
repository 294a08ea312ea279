package org.zhucun.personnel.publication;

import jakarta.validation.constraints.Size;

/** CON-1: the four headings of a commitment (Art. 14): duties, goals, service to the people, discipline. */
public record CommitmentText(@Size(max = 1000, message = "{validation.tooLong}") String duties,
		@Size(max = 1000, message = "{validation.tooLong}") String goals,
		@Size(max = 1000, message = "{validation.tooLong}") String service,
		@Size(max = 1000, message = "{validation.tooLong}") String discipline) {

	public CommitmentText {
		duties = clean(duties);
		goals = clean(goals);
		service = clean(service);
		discipline = clean(discipline);
	}

	private static String clean(String text) {
		return text == null ? "" : text.strip();
	}

	/** Whether every heading has something under it. */
	public boolean complete() {
		return !duties.isEmpty() && !goals.isEmpty() && !service.isEmpty() && !discipline.isEmpty();
	}

}
