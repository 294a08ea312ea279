package org.zhucun.unitduty.record;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;

import org.zhucun.unitduty.DutyStatus;
import org.zhucun.unitduty.LeaderRole;
import org.zhucun.unitduty.VisitCheck;

/**
 * MTG-2 (Art. 5 item 5, Annex 1 item 1.2): the head visits at least once in {@code headMonths}, the
 * leader in charge once in {@code leaderMonths}, the leadership {@code yearlyVisits} times a year.
 * A duty is overdue when the day it was due by — the last visit of that role, or the start of the
 * unit's posting in the village if there was none, plus the months — lies before the day checked.
 */
public record VisitRule(int headMonths, int leaderMonths, int yearlyVisits) {

	/** A visit as the rule sees it: who and when. */
	public record Dated(LeaderRole role, LocalDate day) {
	}

	public DutyStatus evaluate(long unitId, long villageNodeId, Collection<Dated> visits, LocalDate postedSince,
			LocalDate asOf) {
		var past = visits.stream().filter(v -> !v.day().isAfter(asOf)).toList();
		int thisYear = (int) past.stream().filter(v -> v.day().getYear() == asOf.getYear()).count();
		return new DutyStatus(unitId, villageNodeId, asOf, check(LeaderRole.HEAD, headMonths, past, postedSince, asOf),
				check(LeaderRole.LEADER_IN_CHARGE, leaderMonths, past, postedSince, asOf), thisYear, yearlyVisits);
	}

	private static VisitCheck check(LeaderRole role, int months, Collection<Dated> visits, LocalDate since, LocalDate asOf) {
		LocalDate last = visits.stream()
			.filter(v -> v.role() == role)
			.map(Dated::day)
			.max(Comparator.naturalOrder())
			.orElse(null);
		LocalDate from = Objects.requireNonNullElse(last, since);
		LocalDate dueBy = from.plusMonths(months);
		return new VisitCheck(role, months, last, dueBy, asOf.isAfter(dueBy));
	}

}
