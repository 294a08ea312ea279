package org.zhucun.supervision.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhucun.supervision.SupervisionLevel;

class OffJobRuleTests {

	/** Art. 16: at least 5 days of off-the-job training a year. */
	static final int MINIMUM = 5;

	@Test
	@DisplayName("TRN-1: a person with 4 days of off-the-job training is 1 day short of the 5-day minimum")
	void fourDaysIsOneShort() {
		var summary = OffJobRule.evaluate(1, "王建国", 2026, List.of(course(4, true, 2026)), MINIMUM);
		assertThat(summary.offJobDays()).isEqualTo(4);
		assertThat(summary.shortfall()).isEqualTo(1);
	}

	@Test
	@DisplayName("TRN-1: on-the-job courses and courses of another year do not count; 5 days meet the minimum")
	void onlyOffJobOfTheYearCounts() {
		var summary = OffJobRule.evaluate(1, "王建国", 2026,
				List.of(course(3, true, 2026), course(2, true, 2026), course(3, false, 2026), course(5, true, 2025)), MINIMUM);
		assertThat(summary.offJobDays()).isEqualTo(5);
		assertThat(summary.shortfall()).isZero();
		assertThat(summary.courses()).hasSize(2);
	}

	private static Course course(int days, boolean offJob, int year) {
		LocalDate start = LocalDate.of(year, 3, 2);
		return new Course("培训班", 1, SupervisionLevel.COUNTY, start, start.plusDays(days - 1), days, offJob, "test");
	}

}
