package org.zhucun.attendance.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhucun.attendance.DayStatus.ABSENT;
import static org.zhucun.attendance.DayStatus.IN_VILLAGE;
import static org.zhucun.attendance.DayStatus.LEAVE;
import static org.zhucun.attendance.DayStatus.MEETING;
import static org.zhucun.attendance.DayStatus.OFFICIAL_TRAVEL;
import static org.zhucun.attendance.DayStatus.TRAINING;
import static org.zhucun.attendance.DayStatus.UNREGISTERED;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhucun.attendance.DayStatus;
import org.zhucun.attendance.register.StayTimeline.Registration;
import org.zhucun.personnel.AssignmentRole;
import org.zhucun.personnel.PostingPeriod;

/** The register's rules without a database: stays, defaults, exceptions and the month's figure. */
class RegisterRulesTests {

	static final MonthlyPresenceRule POLICY = new MonthlyPresenceRule(20);

	/** November 2026: no holiday, so its working days are its 21 weekdays (2, 3 … 30). */
	static final List<LocalDate> NOVEMBER_2026 = weekdays(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

	@Test
	@DisplayName("ATT-2: the days from an arrival to a departure are in the village, the departure day included")
	void stayRunsFromArrivalToDeparture() {
		StayTimeline stay = new StayTimeline(List.of(new Registration(LocalDate.of(2026, 11, 2), PresenceKind.ARRIVAL),
				new Registration(LocalDate.of(2026, 11, 13), PresenceKind.DEPARTURE),
				new Registration(LocalDate.of(2026, 11, 17), PresenceKind.ARRIVAL)));
		assertThat(stay.inVillage(LocalDate.of(2026, 11, 1))).isFalse();
		assertThat(stay.inVillage(LocalDate.of(2026, 11, 2))).isTrue();
		assertThat(stay.inVillage(LocalDate.of(2026, 11, 13))).isTrue();
		assertThat(stay.inVillage(LocalDate.of(2026, 11, 16))).isFalse();
		assertThat(stay.inVillage(LocalDate.of(2026, 11, 17))).isTrue();
		assertThat(stay.inVillage(LocalDate.of(2026, 12, 31))).as("still there: no departure yet").isTrue();
	}

	@Test
	@DisplayName("ATT-2: an arrival and a departure on the same day make a one-day stay")
	void oneDayStay() {
		LocalDate day = LocalDate.of(2026, 11, 5);
		StayTimeline stay = new StayTimeline(
				List.of(new Registration(day, PresenceKind.DEPARTURE), new Registration(day, PresenceKind.ARRIVAL)));
		assertThat(stay.inVillage(day)).isTrue();
		assertThat(stay.inVillage(day.plusDays(1))).isFalse();
	}

	@Test
	@DisplayName("ATT-3: official travel, meetings and training count as days in the village; leave and absence do not")
	void whatCountsInVillage() {
		assertThat(List.of(IN_VILLAGE, OFFICIAL_TRAVEL, MEETING, TRAINING)).allMatch(DayStatus::countsInVillage);
		assertThat(List.of(LEAVE, ABSENT, UNREGISTERED)).noneMatch(DayStatus::countsInVillage);
	}

	@Test
	@DisplayName("ATT-4: 19 of November's 21 working days in the village is 1 short of 20; training and travel count")
	void monthFigureAgainstTwenty() {
		List<DayStatus> days = new ArrayList<>(Collections.nCopies(16, IN_VILLAGE));
		days.addAll(List.of(TRAINING, OFFICIAL_TRAVEL, MEETING, LEAVE, ABSENT));
		MonthFigure figure = POLICY.figure(days);
		assertThat(figure.postedWorkingDays()).isEqualTo(21);
		assertThat(figure.inVillage()).isEqualTo(19);
		assertThat(figure.leave()).isEqualTo(1);
		assertThat(figure.absent()).isEqualTo(1);
		assertThat(figure.required()).isEqualTo(20);
		assertThat(figure.shortfall()).isEqualTo(1);
		assertThat(POLICY.figure(Collections.nCopies(20, IN_VILLAGE)).meetsRequirement()).isTrue();
	}

	@Test
	@DisplayName("ATT-4, POL-1: a month of 18 working days (October 2026) requires 18, not 20; the minimum is a parameter")
	void shortMonthRequiresItsWorkingDays() {
		assertThat(POLICY.figure(Collections.nCopies(18, IN_VILLAGE)).meetsRequirement()).isTrue();
		assertThat(POLICY.figure(Collections.nCopies(18, IN_VILLAGE)).required()).isEqualTo(18);
		assertThat(new MonthlyPresenceRule(22).figure(Collections.nCopies(21, IN_VILLAGE)).shortfall()).isZero();
		assertThat(new MonthlyPresenceRule(15).figure(Collections.nCopies(21, UNREGISTERED)).shortfall()).isEqualTo(15);
	}

	@Test
	@DisplayName("ATT-9, LEA-3: a register line takes the clerk's entry first, then approved leave, then the stay, else unregistered")
	void registerLineFromRecords() {
		PostingPeriod posting = posting(7, LocalDate.of(2026, 1, 1), null);
		StayTimeline stay = new StayTimeline(List.of(new Registration(LocalDate.of(2026, 11, 2), PresenceKind.ARRIVAL),
				new Registration(LocalDate.of(2026, 11, 27), PresenceKind.DEPARTURE)));
		Set<LocalDate> leave = Set.of(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 11));
		Map<LocalDate, RegisterCell> stored = Map.of(LocalDate.of(2026, 11, 12),
				new RegisterCell(TRAINING, DaySource.CLERK, "县委党校"), LocalDate.of(2026, 11, 13),
				new RegisterCell(ABSENT, DaySource.PAPER, null));

		RegisterRow row = new RegisterBuilder(NOVEMBER_2026, POLICY)
			.rows(List.of(posting), Map.of(7L, stay), Map.of(7L, leave), Map.of(7L, stored))
			.get(0);

		assertThat(row.cell(LocalDate.of(2026, 11, 2))).isEqualTo(RegisterCell.of(IN_VILLAGE, DaySource.DEFAULT));
		assertThat(row.cell(LocalDate.of(2026, 11, 10)).status()).isEqualTo(LEAVE);
		assertThat(row.cell(LocalDate.of(2026, 11, 12)).note()).isEqualTo("县委党校");
		assertThat(row.cell(LocalDate.of(2026, 11, 13)).source()).isEqualTo(DaySource.PAPER);
		assertThat(row.cell(LocalDate.of(2026, 11, 30)).status()).as("after the departure on the 27th").isEqualTo(UNREGISTERED);
		assertThat(row.cell(LocalDate.of(2026, 11, 7))).as("a Saturday is no working day").isNull();
		// 21 working days: 30th unregistered, 10th and 11th leave, 13th absent, the other 17 count
		assertThat(row.figure().inVillage()).isEqualTo(17);
		assertThat(row.figure().shortfall()).isEqualTo(3);
		assertThat(row.hasUnregisteredDays()).isTrue();
	}

	@Test
	@DisplayName("ATT-9, PER-2: only the working days of the posting are in the register; a posting from the 16th requires its 11 days")
	void postingStartingMidMonth() {
		PostingPeriod posting = posting(8, LocalDate.of(2026, 11, 16), null);
		StayTimeline stay = new StayTimeline(List.of(new Registration(LocalDate.of(2026, 11, 16), PresenceKind.ARRIVAL)));
		RegisterRow row = new RegisterBuilder(NOVEMBER_2026, POLICY)
			.rows(List.of(posting), Map.of(8L, stay), Map.of(), Map.of())
			.get(0);
		assertThat(row.cells().firstKey()).isEqualTo(LocalDate.of(2026, 11, 16));
		assertThat(row.figure().postedWorkingDays()).isEqualTo(11);
		assertThat(row.figure().required()).isEqualTo(11);
		assertThat(row.figure().meetsRequirement()).isTrue();
	}

	@Test
	@DisplayName("ATT-9, SEC-8: leave approved after the month was confirmed does not change the stored day but is pointed out")
	void laterLeaveOnConfirmedMonth() {
		LocalDate day = LocalDate.of(2026, 11, 20);
		Map<LocalDate, RegisterCell> confirmed = new java.util.HashMap<>();
		NOVEMBER_2026.forEach(d -> confirmed.put(d, RegisterCell.of(IN_VILLAGE, DaySource.DEFAULT)));
		RegisterRow row = new RegisterBuilder(NOVEMBER_2026, POLICY)
			.rows(List.of(posting(9, LocalDate.of(2026, 1, 1), null)), Map.of(), Map.of(9L, Set.of(day)), Map.of(9L, confirmed))
			.get(0);
		assertThat(row.cell(day).status()).isEqualTo(IN_VILLAGE);
		assertThat(row.leaveNotInRegister()).containsExactly(day);
	}

	@Test
	@DisplayName("ATT-6, POL-1: 16 working days of unexcused absence in a year pass the limit of 15; 15 do not; 12 to 15 are near it")
	void absenceLimit() {
		AbsenceLimitRule rule = new AbsenceLimitRule(15, 3);
		assertThat(rule.exceeded(15)).isFalse();
		assertThat(rule.exceeded(16)).isTrue();
		assertThat(rule.near(11)).isFalse();
		assertThat(rule.near(12)).isTrue();
		assertThat(rule.near(15)).isTrue();
		assertThat(rule.near(16)).as("past the limit is no longer 'near'").isFalse();
		assertThat(new AbsenceLimitRule(10, 3).exceeded(11)).isTrue();
	}

	@Test
	@DisplayName("ATT-5: a team whose three members were each in the village 230 of 2026's 248 working days has 230 days: 10 short of 240")
	void teamTenDaysShort() {
		var team = new TeamYearRule(240).figure(248, List.of(new TeamYearRule.MemberYear(1, 248, 230),
				new TeamYearRule.MemberYear(2, 248, 230), new TeamYearRule.MemberYear(3, 248, 230)));
		assertThat(team.days()).isEqualByComparingTo("230.0");
		assertThat(team.shortfall()).isEqualByComparingTo("10.0");
		assertThat(team.meetsRequirement()).isFalse();
	}

	@Test
	@DisplayName("ATT-5: a member who joined mid-year counts for the days posted; full presence gives the year's 248 days")
	void teamWithMidYearMember() {
		var rule = new TeamYearRule(240);
		assertThat(rule.figure(248, List.of(new TeamYearRule.MemberYear(1, 248, 248), new TeamYearRule.MemberYear(2, 100, 100)))
			.meetsRequirement()).isTrue();
		// 248 × (248 + 90) / (248 + 100) = 240.87… → 240.9
		var partial = rule.figure(248, List.of(new TeamYearRule.MemberYear(1, 248, 248), new TeamYearRule.MemberYear(2, 100, 90)));
		assertThat(partial.days()).isEqualByComparingTo("240.9");
		assertThat(partial.meetsRequirement()).isTrue();
		assertThat(rule.figure(248, List.of()).days()).isEqualByComparingTo("0.0");
	}

	static PostingPeriod posting(long personId, LocalDate start, LocalDate end) {
		return new PostingPeriod(100 + personId, personId, "测试人员" + personId, 5, 6, 3, AssignmentRole.TEAM_MEMBER, start, end);
	}

	static List<LocalDate> weekdays(LocalDate from, LocalDate to) {
		return from.datesUntil(to.plusDays(1))
			.filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY)
			.toList();
	}

}
