package org.zhucun.attendance.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhucun.attendance.AbsenceLimitExceeded;
import org.zhucun.personnel.ReplacementRequests;
import org.zhucun.personnel.ReplacementTrigger;
import org.zhucun.policy.PolicyKey;
import org.zhucun.policy.PolicyParameters;

/**
 * ATT-6: after every change of the register, counts each affected person's unexcused absence in the
 * year; the first time it passes the limit, records the alert, opens a replacement request (PER-4)
 * for the county organisation department and the dispatching unit, and publishes
 * {@link AbsenceLimitExceeded}. Runs inside the caller's transaction: all or nothing (SEC-9).
 */
@Component
class AbsenceWatch {

	private final JdbcTemplate jdbc;

	private final ReplacementRequests replacements;

	private final AttendanceProperties policy;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final PolicyParameters parameters;

	AbsenceWatch(JdbcTemplate jdbc, ReplacementRequests replacements, AttendanceProperties policy,
			MessageSource messages, ApplicationEventPublisher events, Clock clock, PolicyParameters parameters) {
		this.parameters = parameters;
		this.jdbc = jdbc;
		this.replacements = replacements;
		this.policy = policy;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	/** Unexcused absence days in the year, by person (people without any are left out). */
	Map<Long, Integer> absentDays(Collection<Long> people, int year) {
		Map<Long, Integer> days = new HashMap<>();
		if (people.isEmpty()) {
			return days;
		}
		jdbc.query("select person_id, count(*) from attendance_day where status = 'ABSENT' and day between ? and ? "
				+ "and person_id = any(?) group by person_id", rs -> {
					days.put(rs.getLong(1), rs.getInt(2));
				}, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), people.toArray(Long[]::new));
		return days;
	}

	/** The limit in force for the place (a township or village) in the year (ATT-6, POL-1). */
	AbsenceLimitRule rule(long nodeId, int year) {
		return policy.absenceRule(parameters.value(PolicyKey.ATTENDANCE_YEARLY_ABSENCE_LIMIT, nodeId, year));
	}

	void check(long nodeId, Collection<Long> people, int year) {
		AbsenceLimitRule rule = rule(nodeId, year);
		absentDays(people, year).forEach((person, days) -> {
			if (rule.exceeded(days) && raiseOnce(person, year, days, rule.limit())) {
				String reason = messages.getMessage("attendance.absence.replacementReason",
						new Object[] { String.valueOf(year), days, rule.limit() }, Locale.SIMPLIFIED_CHINESE);
				replacements.open(person, ReplacementTrigger.ATTENDANCE, reason);
				events.publishEvent(new AbsenceLimitExceeded(person, year, days, rule.limit()));
			}
		});
	}

	/** Records the alert of this person and year unless it exists; true when this call recorded it. */
	private boolean raiseOnce(long person, int year, int days, int limit) {
		return jdbc.update("insert into attendance_absence_alert (id, person_id, year, absent_days, absence_limit, raised_at) "
				+ "values (nextval('attendance_absence_alert_seq'), ?, ?, ?, ?, ?) on conflict (person_id, year) do nothing",
				person, year, days, limit, java.sql.Timestamp.from(clock.instant())) == 1;
	}

}
