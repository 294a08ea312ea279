package org.zhucun.evidence;

/** The bonus items of Annex 1–3: two of the team, three of a person. */
public enum EvidenceKind {

	/** Annex 1 item 4.1: media coverage of the team (city, region, national). */
	MEDIA(false),
	/** Annex 1 item 4.2: funds the team secured for the village. */
	FUNDS(false),
	/** Annex 2/3: an article published. */
	ARTICLE(true),
	/** Annex 2/3: a suggestion adopted by a party committee or government. */
	SUGGESTION(true),
	/** Annex 2/3: a leader's written instruction on the person's work. */
	INSTRUCTION(true);

	private final boolean personal;

	EvidenceKind(boolean personal) {
		this.personal = personal;
	}

	/** Whether the record belongs to a person (else to the team of a village). */
	public boolean personal() {
		return personal;
	}

	public String messageKey() {
		return "evidence.kind." + name();
	}

}
