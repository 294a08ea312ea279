package org.zhucun.common.security;

/** The logged-in account as modules other than identity may know it: its id and username. */
public interface AccountIdentity {

	long accountId();

	String username();

}
