package org.zhucun.unitduty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhucun.unitduty.record.VisitRule;
import org.zhucun.unitduty.record.VisitRule.Dated;

/** MTG-2 with the policy's own numbers: the head every 6 months, the leader in charge every 3, 4 visits a year. */
class VisitRuleTests {

	private final VisitRule rule = new VisitRule(6, 3, 4);

	private static final LocalDate POSTED = LocalDate.of(2025, 1, 10);

	@Test
	@DisplayName("MTG-2: a unit whose head last visited more than 6 months ago is flagged")
	void headSevenMonthsAgoIsOverdue() {
		var status = rule.evaluate(1, 2, List.of(new Dated(LeaderRole.HEAD, LocalDate.of(2026, 5, 3))), POSTED,
				LocalDate.of(2026, 12, 3));
		assertThat(status.headOverdue()).isTrue();
		assertThat(status.head().dueBy()).isEqualTo(LocalDate.of(2026, 11, 3));
	}

	@Test
	@DisplayName("MTG-2: a head's visit exactly 6 months ago is still on time")
	void headSixMonthsAgoIsOnTime() {
		var status = rule.evaluate(1, 2, List.of(new Dated(LeaderRole.HEAD, LocalDate.of(2026, 6, 3))), POSTED,
				LocalDate.of(2026, 12, 3));
		assertThat(status.headOverdue()).isFalse();
	}

	@Test
	@DisplayName("MTG-2: a head who never visited is overdue 6 months after the unit's people were posted")
	void neverVisitedCountsFromThePosting() {
		assertThat(rule.evaluate(1, 2, List.of(), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)).headOverdue()).isFalse();
		assertThat(rule.evaluate(1, 2, List.of(), POSTED, LocalDate.of(2026, 12, 3)).head().lastVisit()).isNull();
		assertThat(rule.evaluate(1, 2, List.of(), POSTED, LocalDate.of(2026, 12, 3)).headOverdue()).isTrue();
	}

	@Test
	@DisplayName("MTG-2: the leader in charge's quarterly research counts only the leader in charge; every visit counts for the year")
	void leaderInChargeQuarterly() {
		var visits = List.of(new Dated(LeaderRole.HEAD, LocalDate.of(2026, 11, 20)),
				new Dated(LeaderRole.LEADER_IN_CHARGE, LocalDate.of(2026, 8, 20)),
				new Dated(LeaderRole.LEADER_IN_CHARGE, LocalDate.of(2025, 12, 20)));
		var status = rule.evaluate(1, 2, visits, POSTED, LocalDate.of(2026, 12, 3));
		assertThat(status.leaderInCharge().overdue()).isTrue();
		assertThat(status.leaderInCharge().dueBy()).isEqualTo(LocalDate.of(2026, 11, 20));
		assertThat(status.headOverdue()).isFalse();
		assertThat(status.visitsThisYear()).isEqualTo(2);
		assertThat(status.visitsRequired()).isEqualTo(4);
	}

	@Test
	@DisplayName("MTG-2: a visit entered for a later day does not count yet")
	void laterVisitsDoNotCount() {
		var status = rule.evaluate(1, 2, List.of(new Dated(LeaderRole.HEAD, LocalDate.of(2026, 12, 20))), POSTED,
				LocalDate.of(2026, 12, 3));
		assertThat(status.head().lastVisit()).isNull();
	}

}
