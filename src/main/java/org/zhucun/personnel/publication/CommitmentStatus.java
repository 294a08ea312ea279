package org.zhucun.personnel.publication;

/** CON-1: where a version of a person's public commitments (承诺) stands. */
public enum CommitmentStatus {

	/** Being written; not public. */
	DRAFT,
	/** Waiting for the township party committee; not public. */
	SUBMITTED,
	/** Public on the village page. */
	APPROVED,
	/** Given back by the township with a reason; not public. */
	RETURNED,
	/** Was approved, replaced by a newer approved version. */
	SUPERSEDED;

	/** Still in the works: the one version that is edited and submitted. */
	public boolean isOpen() {
		return this == DRAFT || this == SUBMITTED || this == RETURNED;
	}

	public String messageKey() {
		return "commitment.status." + name();
	}

}
