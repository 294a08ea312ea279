package org.zhucun.personnel;

/** The rules that open a replacement request (PER-4). */
public enum ReplacementTrigger {

	/** ATT-6: more unexcused absence in a year than the policy allows (Art. 12). */
	ATTENDANCE,
	/** USE-3: an annual grade of 基本称职 or 不称职. */
	ASSESSMENT;

	public String messageKey() {
		return "replacement.trigger." + name();
	}

}
