package org.zhucun.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the audit log from the first entry and recomputes each hash (SEC-6). It reports the first
 * entry whose content no longer matches its hash, whose link to the previous entry is broken (a row
 * removed or inserted), or a chain whose end differs from the recorded head.
 */
@Component
public class AuditChainVerifier {

	private static final Logger log = LoggerFactory.getLogger(AuditChainVerifier.class);

	private static final int BATCH = 1000;

	private final JdbcTemplate jdbc;

	AuditChainVerifier(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Verification verify() {
		String expectedPrev = AuditHash.GENESIS;
		long lastId = 0;
		long checked = 0;
		while (true) {
			List<AuditRow> rows = jdbc.query("select * from audit_entry where id > ? order by id limit ?",
					AuditChainVerifier::row, lastId, BATCH);
			if (rows.isEmpty()) {
				break;
			}
			for (AuditRow row : rows) {
				if (!row.prevHash().equals(expectedPrev)) {
					return Verification.broken(checked, row.id(), "audit.verify.brokenLink");
				}
				if (!AuditHash.of(row).equals(row.hash())) {
					return Verification.broken(checked, row.id(), "audit.verify.alteredEntry");
				}
				expectedPrev = row.hash();
				lastId = row.id();
				checked++;
			}
		}
		String head = jdbc.queryForObject("select last_hash from audit_chain_head where id = 1", String.class);
		if (!expectedPrev.equals(head)) {
			return Verification.broken(checked, lastId, "audit.verify.truncated");
		}
		return Verification.intact(checked);
	}

	/** Daily check; a broken chain is logged as an error for the operators' monitoring. */
	@Scheduled(cron = "${zhucun.audit.verify-cron:0 30 2 * * *}")
	public void verifyDaily() {
		Verification result = verify();
		if (!result.intact()) {
			log.error("Audit chain broken at entry {} ({})", result.firstBrokenId(), result.reasonKey());
		}
	}

	private static AuditRow row(ResultSet rs, int n) throws SQLException {
		long actorId = rs.getLong("actor_account_id");
		Long actor = rs.wasNull() ? null : actorId;
		return new AuditRow(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), actor, rs.getString("actor"), rs.getString("client_address"),
				rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("summary"),
				rs.getString("changes"), rs.getString("prev_hash"), rs.getString("hash"));
	}

	/** The outcome: how many entries were checked and, if broken, where and why. */
	public record Verification(boolean intact, long checked, Long firstBrokenId, String reasonKey) {

		static Verification intact(long checked) {
			return new Verification(true, checked, null, "audit.verify.intact");
		}

		static Verification broken(long checked, long id, String reasonKey) {
			return new Verification(false, checked, id, reasonKey);
		}

	}

}
