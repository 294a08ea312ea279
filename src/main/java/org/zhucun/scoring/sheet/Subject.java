package org.zhucun.scoring.sheet;

/** Whose sheet: a person's (Annex 2 or 3) or a village's work team's (Annex 1). */
public enum Subject {
	PERSON, TEAM
}
