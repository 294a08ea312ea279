package org.zhucun.attendance.register;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * ATT-5 (Annex 1 item 2.5): a work team is in the village at least {@code requiredDays} working days a
 * year. A team is several people who may join or leave during the year, so its days are its members'
 * share of days in the village applied to the year: working days of the year × (days the members
 * were in the village ÷ working days they were posted), to one decimal place, rounded half up. A
 * team whose members were there every posted day has all the year's working days.
 */
public record TeamYearRule(int requiredDays) {

	/** The team's year from its members' figures and the year's working days. */
	public TeamYear figure(int yearWorkingDays, Collection<MemberYear> members) {
		int in = members.stream().mapToInt(MemberYear::inVillage).sum();
		int posted = members.stream().mapToInt(MemberYear::postedWorkingDays).sum();
		BigDecimal days = posted == 0 ? BigDecimal.ZERO.setScale(1)
				: BigDecimal.valueOf(yearWorkingDays)
					.multiply(BigDecimal.valueOf(in))
					.divide(BigDecimal.valueOf(posted), 1, RoundingMode.HALF_UP);
		BigDecimal shortfall = BigDecimal.valueOf(requiredDays).subtract(days).max(BigDecimal.ZERO.setScale(1));
		return new TeamYear(yearWorkingDays, in, posted, days, requiredDays, shortfall);
	}

	/** One member's year: working days posted to the team and days in the village among them. */
	public record MemberYear(long personId, int postedWorkingDays, int inVillage) {
	}

	/** The team's year with the arithmetic that produced it. */
	public record TeamYear(int yearWorkingDays, int membersInVillage, int membersPosted, BigDecimal days, int required,
			BigDecimal shortfall) {

		public boolean meetsRequirement() {
			return shortfall.signum() == 0;
		}

	}

}
