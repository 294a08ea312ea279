package org.zhucun.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhucun.survey.internal.SurveyScoring.Counts;
import org.zhucun.survey.internal.SurveyScoring.Weights;

/** SAT-1, SCO-X with the policy's own numbers: minimum 30 (20 for a member), 10 × (satisfied + 0.5 × fairly) / valid. */
class SurveyScoringTests {

	@Test
	@DisplayName("SAT-1: a survey with 29 valid votes of a minimum of 30 is not valid and has no score")
	void twentyNineIsNotValid() {
		var r = SurveyScoring.result(1, new Counts(25, 3, 1), 30, Weights.SEED);
		assertThat(r.valid()).isFalse();
		assertThat(r.validVotes()).isEqualTo(29);
		assertThat(r.score()).isNull();
		assertThat(r.explanation()).isEqualTo("29 < 30");
	}

	@Test
	@DisplayName("SAT-1, SCO-X: 25 satisfied + 4 fairly + 1 dissatisfied of 30 scores 9.00, with the arithmetic")
	void thirtyIsValidWithTheFormula() {
		var r = SurveyScoring.result(1, new Counts(25, 4, 1), 30, Weights.SEED);
		assertThat(r.valid()).isTrue();
		assertThat(r.score()).isEqualTo(new BigDecimal("9.00"));
		assertThat(r.explanation()).isEqualTo("10 × (1 × 25 + 0.5 × 4 + 0 × 1) / 30 = 9.00");
	}

	@Test
	@DisplayName("SAT-1: a member's survey (Annex 3) is valid from 20 villager representatives")
	void memberNeedsTwenty() {
		assertThat(SurveyScoring.result(1, new Counts(19, 0, 0), 20, Weights.SEED).valid()).isFalse();
		var r = SurveyScoring.result(1, new Counts(17, 2, 1), 20, Weights.SEED);
		assertThat(r.valid()).isTrue();
		assertThat(r.score()).isEqualTo(new BigDecimal("9.00"));
		assertThat(SurveySubject.MEMBER.minimumKey().seedValue()).isEqualTo(20);
		assertThat(SurveySubject.LEADER.minimumKey().seedValue()).isEqualTo(30);
		assertThat(SurveySubject.TEAM.minimumKey().seedValue()).isEqualTo(30);
	}

	@Test
	@DisplayName("SAT-1, POL-1: the weights are parameters; the score rounds half up to 2 decimals, exactly")
	void weightsAndRounding() {
		// 10 × (2 + 0.5 × 1) / 3 = 8.333… → 8.33
		assertThat(SurveyScoring.result(1, new Counts(2, 1, 0), 3, Weights.SEED).score())
			.isEqualTo(new BigDecimal("8.33"));
		// 10 × (0.8 × 1 + 0.3 × 1 + 0.1 × 0) / 2 = 5.50, a county's own weights
		var own = SurveyScoring.result(1, new Counts(1, 1, 0), 2, new Weights(80, 30, 10));
		assertThat(own.score()).isEqualTo(new BigDecimal("5.50"));
		assertThat(own.explanation()).contains("0.8 × 1 + 0.3 × 1 + 0.1 × 0");
	}

	@Test
	@DisplayName("SAT-1: codes use an alphabet without look-alikes; case, spaces and dashes do not matter")
	void codes() {
		String code = SurveyCodes.random(new java.util.Random(7));
		assertThat(code).hasSize(8).doesNotContain("0", "O", "1", "I", "L");
		assertThat(SurveyCodes.normalise(" " + SurveyCodes.display(code).toLowerCase() + " ")).isEqualTo(code);
		assertThat(SurveyCodes.normalise("ABCD-EF0H")).isEmpty();
	}

}
