package org.zhucun.leave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhucun.leave.rules.ApproverKind;
import org.zhucun.leave.rules.LeaveDays;
import org.zhucun.leave.rules.LeaveDecisionRules;
import org.zhucun.leave.rules.LeaveDecisionRules.Refusal;
import org.zhucun.leave.rules.LeaveRoute;
import org.zhucun.leave.rules.LeaveState;

/** The leave rules without Spring, built from the policy's own numbers (Art. 12) and real 2026 dates. */
class LeaveRulesTests {

	private static final int THREE = LeaveRoute.DEFAULT_TOWNSHIP_MAX_WORKING_DAYS;

	private static final ApproverKind TOWNSHIP = ApproverKind.TOWNSHIP_PARTY_COMMITTEE;

	private static final ApproverKind COUNTY = ApproverKind.COUNTY_ORGANISATION_DEPARTMENT;

	private static final ApproverKind UNIT = ApproverKind.DISPATCHING_UNIT;

	@Test
	@DisplayName("LEA-1: up to 3 working days (3 included) the township party committee approves alone")
	void threeDaysGoToTheTownship() {
		assertThat(LeaveRoute.forWorkingDays(1, THREE)).isEqualTo(LeaveRoute.TOWNSHIP);
		assertThat(LeaveRoute.forWorkingDays(3, THREE)).isEqualTo(LeaveRoute.TOWNSHIP);
		assertThat(LeaveRoute.TOWNSHIP.requiredApprovers()).containsExactly(TOWNSHIP);
	}

	@Test
	@DisplayName("LEA-2: from 4 working days the county organisation department and the unit must both approve")
	void fourDaysGoToCountyAndUnit() {
		assertThat(LeaveRoute.forWorkingDays(4, THREE)).isEqualTo(LeaveRoute.COUNTY_AND_UNIT);
		assertThat(LeaveRoute.COUNTY_AND_UNIT.requiredApprovers()).containsExactlyInAnyOrder(COUNTY, UNIT);
	}

	@Test
	@DisplayName("POL-1: the threshold is a parameter (a county with 5 days sends 4 days to the township)")
	void thresholdIsAParameter() {
		assertThat(LeaveRoute.forWorkingDays(4, 5)).isEqualTo(LeaveRoute.TOWNSHIP);
		assertThat(LeaveRoute.forWorkingDays(6, 5)).isEqualTo(LeaveRoute.COUNTY_AND_UNIT);
		assertThatThrownBy(() -> LeaveRoute.forWorkingDays(0, THREE)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	@DisplayName("LEA-1: the township's approval approves a 3-day request; its refusal refuses it")
	void townshipDecides() {
		assertThat(decide(LeaveRoute.TOWNSHIP, Map.of(), TOWNSHIP, true).newState()).isEqualTo(LeaveState.APPROVED);
		assertThat(decide(LeaveRoute.TOWNSHIP, Map.of(), TOWNSHIP, false).newState()).isEqualTo(LeaveState.REFUSED);
	}

	@Test
	@DisplayName("LEA-2: the county's approval alone leaves a 4-day request pending; the unit's then approves it, in either order")
	void bothMustApprove() {
		assertThat(decide(LeaveRoute.COUNTY_AND_UNIT, Map.of(), COUNTY, true).newState()).isEqualTo(LeaveState.PENDING);
		assertThat(decide(LeaveRoute.COUNTY_AND_UNIT, Map.of(COUNTY, true), UNIT, true).newState())
			.isEqualTo(LeaveState.APPROVED);
		assertThat(decide(LeaveRoute.COUNTY_AND_UNIT, Map.of(), UNIT, true).newState()).isEqualTo(LeaveState.PENDING);
		assertThat(decide(LeaveRoute.COUNTY_AND_UNIT, Map.of(UNIT, true), COUNTY, true).newState())
			.isEqualTo(LeaveState.APPROVED);
	}

	@Test
	@DisplayName("LEA-2: either approver's refusal refuses a 4-day request, before or after the other's approval")
	void eitherMayRefuse() {
		assertThat(decide(LeaveRoute.COUNTY_AND_UNIT, Map.of(), UNIT, false).newState()).isEqualTo(LeaveState.REFUSED);
		assertThat(decide(LeaveRoute.COUNTY_AND_UNIT, Map.of(UNIT, true), COUNTY, false).newState())
			.isEqualTo(LeaveState.REFUSED);
		assertThat(LeaveDecisionRules.stateOf(LeaveRoute.COUNTY_AND_UNIT, Map.of(COUNTY, true, UNIT, false)))
			.isEqualTo(LeaveState.REFUSED);
	}

	@Test
	@DisplayName("LEA-2: the township cannot decide a 4-day request, the county not a 3-day one")
	void onlyTheRouteDecides() {
		assertThat(decide(LeaveRoute.COUNTY_AND_UNIT, Map.of(), TOWNSHIP, true).refusal()).isEqualTo(Refusal.NOT_ON_ROUTE);
		assertThat(decide(LeaveRoute.TOWNSHIP, Map.of(), COUNTY, true).refusal()).isEqualTo(Refusal.NOT_ON_ROUTE);
	}

	@Test
	@DisplayName("SEC-8: a second decision by the same approver kind is refused; a decided request takes no more decisions")
	void oneDecisionPerKind() {
		assertThat(decide(LeaveRoute.COUNTY_AND_UNIT, Map.of(COUNTY, true), COUNTY, false).refusal())
			.isEqualTo(Refusal.ALREADY_DECIDED_BY_KIND);
		assertThat(LeaveDecisionRules.decide(LeaveRoute.COUNTY_AND_UNIT, LeaveState.REFUSED, Map.of(UNIT, false), COUNTY,
				true).refusal()).isEqualTo(Refusal.NOT_PENDING);
		assertThat(LeaveDecisionRules.decide(LeaveRoute.TOWNSHIP, LeaveState.WITHDRAWN, Map.of(), TOWNSHIP, true).refusal())
			.isEqualTo(Refusal.NOT_PENDING);
	}

	@Test
	@DisplayName("LEA-3: Fri 2026-11-06 – Tue 2026-11-10 counts 3 working days; a return on Tue 11-10 counts 2")
	void returnCutsTheDays() {
		LocalDate start = LocalDate.of(2026, 11, 6);
		LocalDate end = LocalDate.of(2026, 11, 10);
		List<LocalDate> working = weekdays(start, end);
		assertThat(working).hasSize(3);
		assertThat(LeaveDays.counted(working, start, end, Optional.empty())).hasSize(3);
		assertThat(LeaveDays.counted(working, start, end, Optional.of(end))).containsExactly(start,
				LocalDate.of(2026, 11, 9));
		assertThat(LeaveDays.counted(working, start, end, Optional.of(start))).isEmpty();
		// a late return does not stretch the leave
		assertThat(LeaveDays.counted(working, start, end, Optional.of(LocalDate.of(2026, 11, 13)))).hasSize(3);
	}

	@Test
	@DisplayName("LEA-3: a return before the start or in the future is refused")
	void returnDateChecks() {
		LocalDate start = LocalDate.of(2026, 11, 6);
		LocalDate today = LocalDate.of(2026, 12, 3);
		assertThat(LeaveDays.returnProblem(start, start.minusDays(1), today)).contains("leave.error.returnBeforeStart");
		assertThat(LeaveDays.returnProblem(start, today.plusDays(1), today)).contains("leave.error.returnInFuture");
		assertThat(LeaveDays.returnProblem(start, start, today)).isEmpty();
	}

	@Test
	@DisplayName("LEA-1: a range ending before its start, or longer than 60 days, is refused")
	void rangeChecks() {
		LocalDate start = LocalDate.of(2026, 11, 6);
		assertThat(LeaveDays.rangeProblem(start, start.minusDays(1), 60)).contains("leave.error.endBeforeStart");
		assertThat(LeaveDays.rangeProblem(start, start.plusDays(59), 60)).isEmpty();
		assertThat(LeaveDays.rangeProblem(start, start.plusDays(60), 60)).contains("leave.error.tooLong");
		assertThat(LeaveDays.rangeProblem(start, start, 60)).isEmpty();
	}

	private static LeaveDecisionRules.Outcome decide(LeaveRoute route, Map<ApproverKind, Boolean> decided,
			ApproverKind approver, boolean approve) {
		return LeaveDecisionRules.decide(route, LeaveState.PENDING, decided, approver, approve);
	}

	private static List<LocalDate> weekdays(LocalDate from, LocalDate to) {
		return from.datesUntil(to.plusDays(1))
			.filter(d -> !Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY).contains(d.getDayOfWeek()))
			.toList();
	}

}
