package org.zhucun.identity.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.zhucun.identity.Role;

/**
 * A new account: staff of an office (office code given) or an administrator or dispatched cadre
 * (role given, no office).
 */
record AccountCommand(
		@NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.tooLong}")
		@Pattern(regexp = "[0-9A-Za-z._-]*", message = "{account.validation.username}") String username,
		@NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.tooLong}") String displayName,
		@Size(max = 30, message = "{validation.tooLong}") String officeCode,
		Role role) {

	AccountCommand {
		username = username == null ? null : username.strip();
		displayName = displayName == null ? null : displayName.strip();
		officeCode = officeCode == null || officeCode.isBlank() ? null : officeCode.strip();
	}

	static AccountCommand empty() {
		return new AccountCommand(null, null, null, null);
	}

}
