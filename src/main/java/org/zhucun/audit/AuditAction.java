package org.zhucun.audit;

/** What an audit entry records. */
public enum AuditAction {

	LOGIN_SUCCESS, LOGIN_FAILURE, LOCKOUT, LOGOUT, CREATE, UPDATE, DELETE,
	/** A full view of masked personal data (SEC-5). */
	VIEW_PERSONAL_DATA,
	/** An administrator's act on security (password reset, session ended, role granted). */
	SECURITY;

	public String messageKey() {
		return "audit.action." + name();
	}

}
