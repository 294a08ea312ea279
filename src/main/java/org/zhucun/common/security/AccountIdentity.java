package org.zhucun.common.security;

/**
 * The logged-in account as modules other than identity may know it: its id and username, the name
 * shown for it, and the office it acts for (null for accounts bound to no office, such as a
 * dispatched cadre or an administrator).
 */
public interface AccountIdentity {

	long accountId();

	String username();

	/** The account holder's name as recorded on decisions (吴刚, 月牙湖乡党委考勤员). */
	String displayName();

	/** The office this account acts for (ORG-4), or null. */
	Long officeId();

}
