package org.zhucun.audit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.zhucun.audit.AuditEvent;
import org.zhucun.audit.AuditTrail;
import org.zhucun.common.scope.SystemContext;
import org.zhucun.common.security.AccountIdentity;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends entries to the audit log, chaining each to the one before. Appending locks the chain's
 * head row until the transaction ends, so concurrent writers are chained one after the other, and
 * an entry whose change is rolled back leaves no trace in the chain.
 */
@Component
class AuditLog implements AuditTrail {

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final Clock clock = Clock.systemUTC();

	AuditLog(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	@Transactional
	public void record(AuditEvent event) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		String actor;
		Long accountId = null;
		if (auth != null && auth.getPrincipal() instanceof AccountIdentity identity) {
			actor = identity.username();
			accountId = identity.accountId();
		}
		else if (SystemContext.active()) {
			actor = "system";
		}
		else {
			actor = auth == null ? "anonymous" : auth.getName();
		}
		record(event, actor, accountId);
	}

	@Override
	@Transactional
	public void record(AuditEvent event, String actor, Long actorAccountId) {
		String prevHash = jdbc.queryForObject("select last_hash from audit_chain_head where id = 1 for update",
				String.class);
		Long id = jdbc.queryForObject("select nextval('audit_entry_seq')", Long.class);
		Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
		AuditRow row = new AuditRow(id, at, actorAccountId, truncate(actor, 100), clientAddress(),
				event.action().name(), truncate(event.entityType(), 100), truncate(event.entityId(), 100),
				truncate(event.summary(), 500), changesJson(event), prevHash, null);
		row = row.withHash(AuditHash.of(row));
		jdbc.update("insert into audit_entry (id, occurred_at, actor_account_id, actor, client_address, action, "
				+ "entity_type, entity_id, summary, changes, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				row.id(), Timestamp.from(row.occurredAt()), row.actorAccountId(), row.actor(), row.clientAddress(),
				row.action(), row.entityType(), row.entityId(), row.summary(), row.changes(), row.prevHash(), row.hash());
		jdbc.update("update audit_chain_head set last_id = ?, last_hash = ? where id = 1", row.id(), row.hash());
	}

	private String changesJson(AuditEvent event) {
		if (event.changes() == null || event.changes().isEmpty()) {
			return null;
		}
		Map<String, Map<String, String>> out = new LinkedHashMap<>();
		event.changes().forEach((field, change) -> {
			Map<String, String> pair = new LinkedHashMap<>();
			pair.put("before", change.before());
			pair.put("after", change.after());
			out.put(field, pair);
		});
		return json.writeValueAsString(out);
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static String truncate(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}

}
