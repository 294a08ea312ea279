package org.zhucun.identity.password;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * SEC-2: failed logins counted per normalised username (trimmed, lower case), whether or not the
 * account exists, so that "Admin " and "admin" share one counter and an unknown name locks like a
 * known one. The counting is one atomic statement, so parallel guesses cannot slip past the limit.
 */
@Component
public class LoginThrottle {

	private final JdbcTemplate jdbc;

	LoginThrottle(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public boolean isLocked(String usernameKey, Instant now) {
		Timestamp until = jdbc.query("select locked_until from login_throttle where username_key = ?",
				rs -> rs.next() ? rs.getTimestamp(1) : null, usernameKey);
		return until != null && until.toInstant().isAfter(now);
	}

	/**
	 * Counts one failure; when the count reaches the threshold the username is locked and the count
	 * starts again. Returns whether this failure locked it.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean fail(String usernameKey, Instant now, PasswordPolicy policy) {
		Integer failures = jdbc.queryForObject("insert into login_throttle (username_key, failures, last_failure_at) "
				+ "values (?, 1, ?) on conflict (username_key) do update set failures = login_throttle.failures + 1, "
				+ "last_failure_at = excluded.last_failure_at returning failures", Integer.class, usernameKey,
				Timestamp.from(now));
		if (failures != null && failures >= policy.getLockoutThreshold()) {
			jdbc.update("update login_throttle set failures = 0, locked_until = ? where username_key = ?",
					Timestamp.from(now.plus(policy.lockoutDuration())), usernameKey);
			return true;
		}
		return false;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void reset(String usernameKey) {
		jdbc.update("delete from login_throttle where username_key = ?", usernameKey);
	}

}
