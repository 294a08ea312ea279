package org.zhucun.audit.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.audit.AuditAction;

/**
 * Reads the audit log for the audit administrator, newest first, filtered by actor, action and
 * dates. The conditions are fixed SQL fragments with bound parameters; no user text becomes SQL.
 */
@Component
class AuditQuery {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final JdbcTemplate jdbc;

	AuditQuery(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	List<AuditRow> find(Filter filter, int offset, int limit) {
		List<Object> args = new ArrayList<>();
		String where = where(filter, args);
		args.add(limit);
		args.add(offset);
		return jdbc.query("select * from audit_entry" + where + " order by id desc limit ? offset ?",
				(rs, n) -> {
					long actorId = rs.getLong("actor_account_id");
					Long actor = rs.wasNull() ? null : actorId;
					return new AuditRow(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), actor,
							rs.getString("actor"), rs.getString("client_address"), rs.getString("action"),
							rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("summary"),
							rs.getString("changes"), rs.getString("prev_hash"), rs.getString("hash"));
				}, args.toArray());
	}

	@Transactional(readOnly = true)
	long count(Filter filter) {
		List<Object> args = new ArrayList<>();
		String where = where(filter, args);
		Long n = jdbc.queryForObject("select count(*) from audit_entry" + where, Long.class, args.toArray());
		return n == null ? 0 : n;
	}

	private static String where(Filter f, List<Object> args) {
		List<String> conditions = new ArrayList<>();
		if (f.actor() != null && !f.actor().isBlank()) {
			conditions.add("actor = ?");
			args.add(f.actor().strip().toLowerCase(java.util.Locale.ROOT));
		}
		if (f.action() != null) {
			conditions.add("action = ?");
			args.add(f.action().name());
		}
		if (f.from() != null) {
			conditions.add("occurred_at >= ?");
			args.add(Timestamp.from(f.from().atStartOfDay(CHINA).toInstant()));
		}
		if (f.to() != null) {
			conditions.add("occurred_at < ?");
			args.add(Timestamp.from(f.to().plusDays(1).atStartOfDay(CHINA).toInstant()));
		}
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	/** What the audit administrator filters by; every part optional. */
	record Filter(String actor, AuditAction action, LocalDate from, LocalDate to) {
	}

}
