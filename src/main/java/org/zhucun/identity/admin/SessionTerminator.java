package org.zhucun.identity.admin;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * SEC-3: ends an account's sessions everywhere (every instance shares them in PostgreSQL) and
 * revokes its API tokens; lists the active sessions for the security administrator.
 */
@Component
public class SessionTerminator {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final JdbcTemplate jdbc;

	SessionTerminator(FindByIndexNameSessionRepository<? extends Session> sessions, JdbcTemplate jdbc) {
		this.sessions = sessions;
		this.jdbc = jdbc;
	}

	@Transactional
	public int endAll(long accountId, String username) {
		var found = sessions.findByPrincipalName(username);
		found.keySet().forEach(sessions::deleteById);
		jdbc.update("update api_token set revoked_at = now() where account_id = ? and revoked_at is null", accountId);
		return found.size();
	}

	/**
	 * Ends the session with this handle. Pages show handles, never session ids: a session id is a
	 * credential (the cookie carries it), so even the security administrator never sees one.
	 * Returns whose session it was.
	 */
	public java.util.Optional<String> end(String handle) {
		for (ActiveSession s : active()) {
			if (s.handle().equals(handle)) {
				sessions.deleteById(s.id());
				return java.util.Optional.of(s.username());
			}
		}
		return java.util.Optional.empty();
	}

	/** The sessions that are logged in and not expired, most recently used first. */
	public List<ActiveSession> active() {
		long now = Instant.now().toEpochMilli();
		return jdbc.query("select session_id, principal_name, creation_time, last_access_time from spring_session "
				+ "where principal_name is not null and expiry_time > ? order by last_access_time desc",
				(rs, n) -> new ActiveSession(rs.getString(1), rs.getString(2),
						new Timestamp(rs.getLong(3)).toInstant(), new Timestamp(rs.getLong(4)).toInstant()),
				now);
	}

	/** One logged-in session. */
	public record ActiveSession(String id, String username, Instant created, Instant lastAccess) {

		/** A stand-in for the session id that cannot be used as a cookie: a SHA-256 digest of it. */
		public String handle() {
			try {
				byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
					.digest(id.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
				return java.util.HexFormat.of().formatHex(digest, 0, 16);
			}
			catch (java.security.NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

		public String createdText() {
			return TIME.format(created);
		}

		public String lastAccessText() {
			return TIME.format(lastAccess);
		}

		private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter
			.ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.of("Asia/Shanghai"));

	}

}
