package org.zhucun.calendar.schedule;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The calendar's revision in the database, raised by every edit inside the edit's transaction, so
 * that every instance of the application notices the edit and drops its cache.
 */
@Component
class CalendarRevision {

	private final JdbcTemplate jdbc;

	CalendarRevision(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	long current() {
		Long r = jdbc.queryForObject("select revision from calendar_revision where id = 1", Long.class);
		return r == null ? 0 : r;
	}

	void raise() {
		jdbc.update("update calendar_revision set revision = revision + 1 where id = 1");
	}

}
