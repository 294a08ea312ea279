package org.zhucun.attendance.register;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.attendance.AttendanceLedger;
import org.zhucun.calendar.WorkingDayCalendar;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.organisation.PlaceSummary;
import org.zhucun.personnel.PostingPeriod;
import org.zhucun.personnel.Postings;
import org.zhucun.policy.PolicyKey;
import org.zhucun.policy.PolicyParameters;

/**
 * The attendance ledger (ATT-3, ATT-4, ATT-5) read from the townships' monthly registers: the people's
 * postings are read in bulk, and each township's register is built once per month, only for the
 * townships and months the people were posted in; every working day of the period is counted from
 * the register's cells, so a score or a subsidy always matches what the township sees.
 */
@Component
@Transactional(readOnly = true)
class RegisterLedger implements AttendanceLedger {

	private final AttendanceRegisterService registers;

	private final Postings postings;

	private final OrganisationDirectory organisation;

	private final WorkingDayCalendar calendar;

	private final PolicyParameters parameters;

	RegisterLedger(AttendanceRegisterService registers, Postings postings, OrganisationDirectory organisation,
			WorkingDayCalendar calendar, PolicyParameters parameters) {
		this.registers = registers;
		this.postings = postings;
		this.organisation = organisation;
		this.calendar = calendar;
		this.parameters = parameters;
	}

	@Override
	public Map<Long, PersonDays> days(Collection<Long> personIds, LocalDate from, LocalDate to) {
		if (personIds.isEmpty() || to.isBefore(from)) {
			return Map.of();
		}
		List<PostingPeriod> periods = postings.ofPeople(personIds, from, to);
		Set<Long> wanted = new HashSet<>(personIds);
		Map<Long, Tally> tallies = new LinkedHashMap<>();
		townshipMonths(periods, from, to).forEach((township, months) -> {
			for (YearMonth month : months) {
				Register register = registers.build(township, month);
				for (RegisterRow row : register.rows()) {
					if (wanted.contains(row.personId())) {
						tallies.computeIfAbsent(row.personId(), Tally::new).add(row, register.confirmed(), from, to);
					}
				}
			}
		});
		Map<Long, PersonDays> result = new LinkedHashMap<>();
		tallies.forEach((id, tally) -> result.put(id, tally.days()));
		return result;
	}

	@Override
	public Optional<TeamDays> teamYear(long villageNodeId, int year) {
		return Optional.ofNullable(teamYears(List.of(villageNodeId), year).get(villageNodeId));
	}

	@Override
	public Map<Long, TeamDays> teamYears(Collection<Long> villageNodeIds, int year) {
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		Set<Long> villages = new HashSet<>(villageNodeIds);
		if (villages.isEmpty()) {
			return Map.of();
		}
		List<PostingPeriod> periods = postings.postedIn(villages, from, to);
		Map<Long, Map<Long, Tally>> tallies = new LinkedHashMap<>();
		Map<Long, Set<YearMonth>> unconfirmed = new HashMap<>();
		periods.forEach(p -> tallies.computeIfAbsent(p.villageNodeId(), v -> new LinkedHashMap<>()));
		townshipMonths(periods, from, to).forEach((township, months) -> {
			for (YearMonth month : months) {
				Register register = registers.build(township, month);
				for (RegisterRow row : register.rows()) {
					Map<Long, Tally> team = tallies.get(row.villageNodeId());
					if (team != null) {
						team.computeIfAbsent(row.personId(), Tally::new).add(row, register.confirmed(), from, to);
						if (!register.confirmed()) {
							unconfirmed.computeIfAbsent(row.villageNodeId(), v -> new TreeSet<>()).add(month);
						}
					}
				}
			}
		});
		Map<Long, TeamDays> result = new LinkedHashMap<>();
		tallies.forEach((village, team) -> {
			int required = parameters.value(PolicyKey.ATTENDANCE_TEAM_YEARLY_DAYS, village, year);
			int yearDays = calendar.workingDays(from, to, village);
			TeamYearRule.TeamYear figure = new TeamYearRule(required).figure(yearDays, team.values()
				.stream()
				.map(t -> new TeamYearRule.MemberYear(t.personId, t.posted, t.in))
				.toList());
			result.put(village, new TeamDays(village, year, team.size(), figure.yearWorkingDays(), figure.membersInVillage(),
					figure.membersPosted(), figure.days(), figure.required(), figure.shortfall(),
					unconfirmed.getOrDefault(village, Set.of()).size()));
		});
		return result;
	}

	/** The townships of the postings' villages, each with the months of the period its postings touch. */
	private Map<PlaceSummary, Set<YearMonth>> townshipMonths(List<PostingPeriod> periods, LocalDate from, LocalDate to) {
		Map<Long, Optional<PlaceSummary>> townshipOfVillage = new HashMap<>();
		Map<Long, PlaceSummary> townships = new LinkedHashMap<>();
		Map<Long, Set<YearMonth>> months = new LinkedHashMap<>();
		for (PostingPeriod p : periods) {
			Optional<PlaceSummary> township = townshipOfVillage.computeIfAbsent(p.villageNodeId(), organisation::parentOf);
			if (township.isEmpty()) {
				continue;
			}
			townships.putIfAbsent(township.get().id(), township.get());
			LocalDate start = p.startDate().isAfter(from) ? p.startDate() : from;
			LocalDate end = p.endedOn() == null || p.endedOn().isAfter(to) ? to : p.endedOn();
			Set<YearMonth> set = months.computeIfAbsent(township.get().id(), id -> new TreeSet<>());
			for (YearMonth m = YearMonth.from(start); !m.isAfter(YearMonth.from(end)); m = m.plusMonths(1)) {
				set.add(m);
			}
		}
		Map<PlaceSummary, Set<YearMonth>> result = new LinkedHashMap<>();
		months.forEach((id, set) -> result.put(townships.get(id), set));
		return result;
	}

	/** One person's working days of the period counted from the register's cells. */
	private static final class Tally {

		private static final MonthlyPresenceRule COUNT = new MonthlyPresenceRule(0);

		private final long personId;

		private int posted;

		private int in;

		private int leave;

		private int absent;

		private int unregistered;

		private final Set<YearMonth> unconfirmed = new TreeSet<>();

		Tally(long personId) {
			this.personId = personId;
		}

		void add(RegisterRow row, boolean confirmed, LocalDate from, LocalDate to) {
			var cells = row.cells().subMap(from, to.plusDays(1));
			if (cells.isEmpty()) {
				return;
			}
			MonthFigure f = COUNT.figure(cells.values().stream().map(RegisterCell::status).toList());
			posted += f.postedWorkingDays();
			in += f.inVillage();
			leave += f.leave();
			absent += f.absent();
			unregistered += f.unregistered();
			if (!confirmed) {
				unconfirmed.add(YearMonth.from(cells.firstKey()));
			}
		}

		PersonDays days() {
			return new PersonDays(personId, posted, in, leave, absent, unregistered, unconfirmed.size());
		}

	}

}
