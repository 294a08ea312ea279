package org.zhucun.worklog.rules;

/** LOG-1: what an entry records — work (工作), study (学习), or the people's-conditions diary (民情日记). */
public enum LogKind {

	WORK, STUDY, DIARY;

	public String messageKey() {
		return "worklog.kind." + name();
	}

}
