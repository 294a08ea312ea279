package org.zhucun.calendar.schedule;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rule of ATT-1 for one year of the national schedule: a weekday is a working day unless it is
 * a statutory holiday; a Saturday or Sunday is not, unless it is a make-up working day (调休). A year
 * whose schedule is unknown has no special days and counts weekends only. Built once per year and
 * kept: a look-up is one bit.
 */
public final class YearSchedule {

	private final int year;

	private final boolean known;

	private final BitSet working;

	private final Map<LocalDate, ScheduledDay> special;

	private YearSchedule(int year, boolean known, Map<LocalDate, ScheduledDay> special) {
		this.year = year;
		this.known = known;
		this.special = Map.copyOf(special);
		LocalDate first = LocalDate.of(year, 1, 1);
		this.working = new BitSet(first.lengthOfYear());
		for (LocalDate d = first; d.getYear() == year; d = d.plusDays(1)) {
			ScheduledDay s = special.get(d);
			boolean works = s == null ? !SpecialDay.isWeekend(d) : s.kind() == SpecialDayKind.MAKEUP_WORKDAY;
			working.set(d.getDayOfYear() - 1, works);
		}
	}

	/** The schedule of a year with these special days; {@code known} says whether it was published. */
	public static YearSchedule of(int year, boolean known, Collection<ScheduledDay> days) {
		Map<LocalDate, ScheduledDay> byDay = days.stream()
			.peek(d -> {
				if (d.day().getYear() != year) {
					throw new IllegalArgumentException(d.day() + " is not in " + year);
				}
			})
			.collect(Collectors.toMap(ScheduledDay::day, Function.identity()));
		return new YearSchedule(year, known, byDay);
	}

	/** A year nobody has published: weekends only. */
	public static YearSchedule unknown(int year) {
		return new YearSchedule(year, false, Map.of());
	}

	public int year() {
		return year;
	}

	public boolean known() {
		return known;
	}

	public boolean isWorkingDay(LocalDate day) {
		if (day.getYear() != year) {
			throw new IllegalArgumentException(day + " is not in " + year);
		}
		return working.get(day.getDayOfYear() - 1);
	}

	/** The special day behind a day's status, if it has one (the explanation of a count). */
	public Optional<ScheduledDay> special(LocalDate day) {
		return Optional.ofNullable(special.get(day));
	}

	/** The number of working days of the whole year. */
	public int workingDays() {
		return working.cardinality();
	}

}
