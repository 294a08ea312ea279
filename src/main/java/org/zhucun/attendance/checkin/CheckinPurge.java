package org.zhucun.attendance.checkin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * SEC-5: a check-in's location is personal data (行踪轨迹). Once it is older than the retention
 * period ({@code zhucun.attendance.checkin.location-retention}), its coordinates, accuracy and
 * distance are erased; the day and whether it was accepted stay, so the register's marker stays.
 * Idempotent: several instances may run it on the same night.
 */
@Component
public class CheckinPurge {

	private static final Logger log = LoggerFactory.getLogger(CheckinPurge.class);

	private final JdbcTemplate jdbc;

	private final CheckinProperties properties;

	private final Clock clock;

	CheckinPurge(JdbcTemplate jdbc, CheckinProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(cron = "${zhucun.attendance.checkin.purge-cron:0 40 3 * * *}")
	public void purgeDaily() {
		purge(clock.instant());
	}

	/** Erases the location of every check-in received before {@code now} minus the retention; returns how many. */
	@Transactional
	public int purge(Instant now) {
		Instant cutoff = now.minus(properties.locationRetention());
		int purged = jdbc.update("update checkin set location = null, accuracy_m = null, distance_m = null, "
				+ "location_purged_at = ? where server_time < ? and location_purged_at is null", Timestamp.from(now),
				Timestamp.from(cutoff));
		if (purged > 0) {
			log.info("Purged the location of {} check-ins received before {} (SEC-5)", purged, cutoff);
		}
		return purged;
	}

}
