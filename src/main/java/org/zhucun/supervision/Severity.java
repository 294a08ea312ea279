package org.zhucun.supervision;

/**
 * The severity of a discipline violation (SUP-2, read by the grade caps of ASM-4): lax discipline
 * (纪律松散), or dereliction of duty or a serious violation with bad effect (失职渎职或严重违纪造成不良影响).
 */
public enum Severity {
	LAX_DISCIPLINE, DERELICTION_OR_SERIOUS;

	public String messageKey() {
		return "sup.severity." + name();
	}

}
