package org.zhucun.supervision;

/** A record of SUP-2: a notification of criticism (督查通报), a discipline violation, or an inaction finding (不作为/不敢担当). */
public enum DisciplineKind {
	CRITICISM_NOTICE, DISCIPLINE_VIOLATION, INACTION;

	public String messageKey() {
		return "sup.kind." + name();
	}

}
