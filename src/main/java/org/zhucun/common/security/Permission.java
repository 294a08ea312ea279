package org.zhucun.common.security;

/**
 * What a user may do, granted through roles (the identity module maps roles to permissions). Each
 * endpoint checks one of these on the server ({@code @PreAuthorize("hasAuthority('ORG_TREE_READ')")});
 * the data scope (ORG-5) then narrows which records it touches.
 */
public enum Permission {

	/** 工作台 */
	WORKBENCH,
	/** Browse the administrative tree and its villages. */
	ORG_TREE_READ,
	/** Create, edit, deactivate tree nodes. */
	ORG_TREE_WRITE,
	/** Import the tree from Excel. */
	ORG_IMPORT,
	/** See dispatching units. */
	UNIT_READ,
	/** Create and edit dispatching units. */
	UNIT_WRITE,
	/** See the offices of ORG-4. */
	OFFICE_READ,
	/** Create and deactivate offices. */
	OFFICE_WRITE,
	/** See user accounts and active sessions (security administrator, SEC-1). */
	ACCOUNT_READ,
	/**
	 * Create, disable and reset accounts, end sessions, set the password policy (security
	 * administrator, SEC-1).
	 */
	ACCOUNT_WRITE,
	/** See person records, with ID number and phone masked (PER-1, SEC-5). */
	PERSON_READ,
	/** Create and edit person records. */
	PERSON_WRITE,
	/** Import a roster of people and their postings from Excel (PER-5). */
	PERSON_IMPORT,
	/** See a person's ID number and phone in full; every such view is audited (SEC-5). */
	PERSONAL_DATA_VIEW,
	/** Read, verify and export the audit log (audit administrator, SEC-6). */
	AUDIT_READ,
	/**
	 * Approve or return the public commitments (承诺) of the people posted to the township's villages
	 * (township party committee, CON-1).
	 */
	COMMITMENT_APPROVE

}
