package org.zhucun.attendance.checkin;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Phone check-in settings (ATT-8, SEC-5): how long a check-in's location is kept before it is purged
 * (the day and whether it was accepted stay), and when the daily purge runs.
 */
@ConfigurationProperties("zhucun.attendance.checkin")
public record CheckinProperties(@DefaultValue("P90D") Duration locationRetention,
		@DefaultValue("0 40 3 * * *") String purgeCron) {

}
