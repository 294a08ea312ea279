package org.zhucun.survey.internal;

/** A rater's answer (SAT-1): 满意, 比较满意, 不满意. */
public enum Answer {

	SATISFIED,
	FAIRLY_SATISFIED,
	DISSATISFIED;

	public String messageKey() {
		return "survey.answer." + name();
	}

}
