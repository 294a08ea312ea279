package org.zhucun.survey.internal;

/** An open survey takes votes and tallies; a closed one no longer does. */
public enum SurveyState {

	OPEN,
	CLOSED;

	public String messageKey() {
		return "survey.state." + name();
	}

}
