package org.zhucun.identity;

import java.util.Optional;

/**
 * PER-2: the link between a dispatched cadre's own account and their person record. Once linked,
 * the cadre's data scope is their own record (ORG-5): they see their own data and nothing of
 * others. The personnel module decides who may link (the person must lie in the caller's scope);
 * this module keeps the link consistent (one account per person, cadre accounts only).
 */
public interface CadreAccounts {

	/**
	 * Links the cadre account with this username to the person record. Refused with a field error on
	 * {@code username} when no enabled cadre account has that name or it is linked to someone else.
	 */
	void link(String username, long personId);

	/** Removes the link of whichever account is linked to this person, if any. */
	void unlink(long personId);

	/** The username of the account linked to this person, if any. */
	Optional<String> linkedUsername(long personId);

}
