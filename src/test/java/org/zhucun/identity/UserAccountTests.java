package org.zhucun.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhucun.common.security.Permission;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.identity.account.UserAccount;
import org.zhucun.organisation.OfficeKind;
import org.zhucun.organisation.OfficeSummary;

/** SEC-1 and the built-in roles, on plain objects. */
class UserAccountTests {

	@Test
	@DisplayName("SEC-1: one account cannot hold two of the system, security and audit administrator roles")
	void administratorRolesCannotCombine() {
		UserAccount admin = UserAccount.administrator("a", "A", "{noop}x", Role.SYSTEM_ADMIN, null);
		assertThatThrownBy(() -> admin.grant(Role.AUDIT_ADMIN)).isInstanceOf(InvalidInputException.class)
			.hasMessage("account.error.adminRolesCombined");
		assertThatThrownBy(() -> admin.grant(Role.SECURITY_ADMIN)).isInstanceOf(InvalidInputException.class);
		assertThat(admin.getRoles()).containsExactly(Role.SYSTEM_ADMIN);
	}

	@Test
	@DisplayName("ORG-4: an office's staff get the role of the office's kind")
	void officeStaffGetTheOfficeRole() {
		var office = new OfficeSummary(1, "X-DW", "某乡党委", OfficeKind.TOWNSHIP_PARTY_COMMITTEE, 4L, "/1/2/3/4/", "某乡",
				null, null, true);
		UserAccount clerk = UserAccount.forOffice("clerk", "C", "{noop}x", office);
		assertThat(clerk.getRoles()).containsExactly(Role.TOWNSHIP_PARTY_COMMITTEE);
		assertThat(clerk.getOfficeId()).isEqualTo(1L);
	}

	@Test
	@DisplayName("usernames are stored in one normal form")
	void usernamesAreNormalised() {
		assertThat(UserAccount.normalise("  ShaHu-ZZB ")).isEqualTo("shahu-zzb");
	}

	@Test
	@DisplayName("ORG-4: every office kind has its role; only the system administrator and organisation department edit the tree")
	void rolesAndPermissions() {
		for (OfficeKind kind : OfficeKind.values()) {
			assertThat(Role.forOffice(kind).officeKind()).contains(kind);
		}
		assertThat(Role.SYSTEM_ADMIN.permissions()).contains(Permission.ORG_TREE_WRITE, Permission.ORG_IMPORT);
		assertThat(Role.TOWNSHIP_PARTY_COMMITTEE.permissions()).doesNotContain(Permission.ORG_TREE_WRITE);
		assertThat(Role.SECURITY_ADMIN.permissions()).doesNotContain(Permission.ORG_TREE_READ);
		assertThat(Role.AUDIT_ADMIN.permissions()).doesNotContain(Permission.ORG_TREE_READ, Permission.ACCOUNT_READ)
			.contains(Permission.AUDIT_READ);
		assertThat(Role.SYSTEM_ADMIN.permissions()).doesNotContain(Permission.AUDIT_READ, Permission.ACCOUNT_READ);
	}

}
