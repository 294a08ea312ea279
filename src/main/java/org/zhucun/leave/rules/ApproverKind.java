package org.zhucun.leave.rules;

/** Who may decide a leave request (Art. 12): the township, the county organisation department, the unit. */
public enum ApproverKind {

	/** 乡镇党委: requests of up to the threshold (LEA-1). */
	TOWNSHIP_PARTY_COMMITTEE,
	/** 县（区）党委组织部: longer requests, together with the unit (LEA-2). */
	COUNTY_ORGANISATION_DEPARTMENT,
	/** 派出单位: longer requests, together with the county (LEA-2). */
	DISPATCHING_UNIT;

	public String messageKey() {
		return "leave.approver." + name();
	}

}
