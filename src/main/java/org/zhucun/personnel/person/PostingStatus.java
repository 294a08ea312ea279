package org.zhucun.personnel.person;

/** Where a person stands with postings, for filtering the lists (PER-2). */
public enum PostingStatus {

	/** 在岗: holds an active posting. */
	ACTIVE,
	/** 已离任: was posted, holds no active posting now. */
	ENDED,
	/** 未派驻: never posted. */
	NONE;

	public String messageKey() {
		return "person.status." + name();
	}

}
