package org.zhucun.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhucun.IntegrationTest;

/** SEC-1 enforced by the database too, whatever path a write takes. */
@IntegrationTest
class AdministratorSeparationTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@DisplayName("SEC-1: the database refuses a second administrator role on one account")
	void databaseRefusesCombinedAdministratorRoles() {
		Long id = jdbc.queryForObject("select id from user_account where username = 'sysadmin'", Long.class);
		assertThatThrownBy(() -> jdbc.update("insert into user_account_role (account_id, role) values (?, 'AUDIT_ADMIN')", id))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

}
