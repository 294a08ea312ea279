package org.zhucun.attendance.register;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The attendance numbers of the policy (POL-1), with the seed's values as defaults: 20 days in the
 * village a month (Art. 4, ATT-4), 240 working days a year for a team (Annex 1, ATT-5), more than 15
 * working days of unexcused absence a year lead to replacement (Art. 12, ATT-6); the workbench warns
 * {@code absenceWarningMargin} days before.
 */
@ConfigurationProperties("zhucun.policy.attendance")
public record AttendanceProperties(@DefaultValue("20") int monthlyMinimumDays, @DefaultValue("240") int teamYearlyDays,
		@DefaultValue("15") int yearlyAbsenceLimit, @DefaultValue("3") int absenceWarningMargin) {

	AbsenceLimitRule absenceRule() {
		return new AbsenceLimitRule(yearlyAbsenceLimit, absenceWarningMargin);
	}

	MonthlyPresenceRule monthlyRule() {
		return new MonthlyPresenceRule(monthlyMinimumDays);
	}

}
