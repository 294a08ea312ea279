package org.zhucun.evidence;

/** Whether the township or county has checked a record: only VERIFIED counts. */
public enum EvidenceState {

	PENDING, VERIFIED, REFUSED;

	public String messageKey() {
		return "evidence.state." + name();
	}

}
