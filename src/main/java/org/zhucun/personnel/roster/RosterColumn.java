package org.zhucun.personnel.roster;

/**
 * The columns of the roster file (PER-5): the fields of Annex 4 and those a record needs (ID number,
 * phone, civil servant, dispatching unit), then the posting. The header of each is
 * {@code roster.column.<NAME>} in the bundles.
 */
enum RosterColumn {

	NAME(true, false, 12),
	GENDER(false, false, 8),
	BIRTH_MONTH(false, true, 10),
	POLITICAL_STATUS(true, false, 16),
	WORK_UNIT_POST(true, false, 26),
	ID_NUMBER(true, true, 22),
	PHONE(false, true, 15),
	CIVIL_SERVANT(false, false, 11),
	UNIT_CODE(true, true, 15),
	VILLAGE_CODE(false, true, 15),
	ROLE(false, false, 13),
	LEADS_TEAM(false, false, 11),
	START_DATE(false, false, 13),
	PLANNED_END_DATE(false, false, 15);

	private final boolean required;

	private final boolean text;

	private final int width;

	RosterColumn(boolean required, boolean text, int width) {
		this.required = required;
		this.text = text;
		this.width = width;
	}

	/** Whether every row must fill it (and so the header must have it). */
	boolean required() {
		return required;
	}

	/** Whether the template formats it as text, so that Excel keeps long digit strings whole. */
	boolean text() {
		return text;
	}

	/** Whether it describes the posting rather than the person. */
	boolean posting() {
		return ordinal() >= VILLAGE_CODE.ordinal();
	}

	/** Whether it holds a date. */
	boolean date() {
		return this == START_DATE || this == PLANNED_END_DATE;
	}

	/** The template's column width, in characters. */
	int width() {
		return width;
	}

	String headerKey() {
		return "roster.column." + name();
	}

	/** The template's note on whether the column must be filled. */
	String requirementKey() {
		return "roster.template.requirement." + name();
	}

	/** The template's explanation of the column. */
	String helpKey() {
		return "roster.template.help." + name();
	}

}
