package org.zhucun.attendance.register;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Attendance settings of the installation that are not numbers of the policy: the workbench warns
 * {@code absenceWarningMargin} days before the yearly limit of unexcused absence. The policy's own
 * numbers (20 days a month, 240 a year for a team, 15 days of absence) are policy numbers per place
 * and year ({@code org.zhucun.policy.PolicyKey}, POL-1).
 */
@ConfigurationProperties("zhucun.policy.attendance")
public record AttendanceProperties(@DefaultValue("3") int absenceWarningMargin) {

	AbsenceLimitRule absenceRule(int limit) {
		return new AbsenceLimitRule(limit, absenceWarningMargin);
	}

}
