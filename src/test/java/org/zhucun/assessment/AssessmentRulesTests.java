package org.zhucun.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhucun.assessment.rules.AssessmentKind;
import org.zhucun.assessment.rules.ChainRule;
import org.zhucun.assessment.rules.DutyShare;
import org.zhucun.assessment.rules.ExcellentQuotaRule;
import org.zhucun.assessment.rules.GradeRules;
import org.zhucun.assessment.rules.GradeRules.Facts;
import org.zhucun.assessment.rules.MealSubsidyRule;
import org.zhucun.assessment.rules.Reason;
import org.zhucun.assessment.rules.Step;
import org.zhucun.scoring.ScoringSheets.ItemLine;

/** The rules of the assessment with the policy's own numbers (ASM-1..7, SUB-1). */
class AssessmentRulesTests {

	private static final Grade E = Grade.EXCELLENT;

	private static final Grade C = Grade.COMPETENT;

	@Test
	@DisplayName("ASM-4: 3 quarterly 优秀 and 2 督查通报 cannot be above 基本称职, and the notices rule says why")
	void twoNoticesCapAtBasic() {
		var ceiling = GradeRules.ceiling(new Facts(List.of(E, E, E, C), 2, false, false, false, 0));
		assertThat(ceiling.best()).isEqualTo(Grade.BASIC);
		assertThat(ceiling.allows(Grade.EXCELLENT)).isFalse();
		assertThat(ceiling.allows(Grade.COMPETENT)).isFalse();
		assertThat(ceiling.allows(Grade.BASIC)).isTrue();
		assertThat(ceiling.reasons()).extracting(Reason::key).containsExactly("assessment.rule.notices");
		assertThat(ceiling.reasons().get(0).args()).containsExactly(2, 2);
	}

	@Test
	@DisplayName("ASM-5: 1 quarterly 优秀 cannot be 优秀; 2 can")
	void oneQuarterlyExcellentIsNotEnough() {
		var one = GradeRules.ceiling(new Facts(List.of(E, C, C, C), 0, false, false, false, 0));
		assertThat(one.best()).isEqualTo(Grade.COMPETENT);
		assertThat(one.allows(Grade.EXCELLENT)).isFalse();
		assertThat(one.reasons()).extracting(Reason::requirement).containsExactly("ASM-5");
		var two = GradeRules.ceiling(new Facts(List.of(E, E, C, C), 1, false, false, false, 0));
		assertThat(two.best()).isEqualTo(Grade.EXCELLENT);
		assertThat(two.reasons()).isEmpty();
	}

	@Test
	@DisplayName("POL-1, ASM-4, ASM-5: a county that counts 3 notices and 1 quarterly 优秀 lets 2 notices and 1 quarterly 优秀 pass, and says its numbers")
	void numbersOfTheCounty() {
		var limits = new GradeRules.Limits(3, 1);
		var ceiling = GradeRules.ceiling(new Facts(List.of(E, C, C, C), 2, false, false, false, 0, limits));
		assertThat(ceiling.best()).isEqualTo(Grade.EXCELLENT);
		var three = GradeRules.ceiling(new Facts(List.of(C, C, C, C), 3, false, false, false, 0, limits));
		assertThat(three.best()).isEqualTo(Grade.BASIC);
		assertThat(three.reasons()).extracting(Reason::key)
			.containsExactly("assessment.rule.notices", "assessment.rule.quarterlyExcellent");
		assertThat(three.reasons().get(0).args()).containsExactly(3, 3);
		assertThat(three.reasons().get(1).args()).containsExactly(0L, 1);
	}

	@Test
	@DisplayName("ASM-4: inaction or an undone task rules out 优秀; lax discipline caps at 基本称职; dereliction means 不称职")
	void capsOfArticleSeven() {
		assertThat(GradeRules.ceiling(new Facts(List.of(E, E, E, E), 0, false, false, true, 0)).best()).isEqualTo(C);
		var undone = GradeRules.ceiling(new Facts(List.of(E, E, E, E), 0, false, false, false, 2));
		assertThat(undone.best()).isEqualTo(C);
		assertThat(undone.reasons().get(0).args()).containsExactly(2);
		assertThat(GradeRules.ceiling(new Facts(List.of(E, E, E, E), 0, true, false, false, 0)).best())
			.isEqualTo(Grade.BASIC);
		var derelict = GradeRules.ceiling(new Facts(List.of(E, E, E, E), 0, false, true, false, 0));
		assertThat(derelict.best()).isEqualTo(Grade.INCOMPETENT);
		assertThat(derelict.allows(Grade.BASIC)).isFalse();
		assertThat(derelict.allows(Grade.INCOMPETENT)).isTrue();
	}

	@Test
	@DisplayName("ASM-3: civil servants are 称职/基本称职/不称职, others 合格/基本合格/不合格")
	void wordingByCivilServantStatus() {
		assertThat(Grade.COMPETENT.wording(true)).isEqualTo("称职");
		assertThat(Grade.COMPETENT.wording(false)).isEqualTo("合格");
		assertThat(Grade.BASIC.wording(false)).isEqualTo("基本合格");
		assertThat(Grade.INCOMPETENT.wording(true)).isEqualTo("不称职");
		assertThat(Grade.EXCELLENT.wording(false)).isEqualTo("优秀");
	}

	@Test
	@DisplayName("ASM-6: at 15 %, 20 people allow 3 优秀 and 7 allow 1 (rounded down)")
	void quotaRoundsDown() {
		assertThat(ExcellentQuotaRule.allowed(20, 15)).isEqualTo(3);
		assertThat(ExcellentQuotaRule.allowed(7, 15)).isEqualTo(1);
		assertThat(ExcellentQuotaRule.allowed(6, 15)).isZero();
		assertThat(ExcellentQuotaRule.arithmetic(20, 15)).isEqualTo("20 × 15 % = 3（向下取整）");
	}

	@Test
	@DisplayName("SUB-1: 称职 with 58 resident days earns 1740 yuan at 30 a day; 不称职 earns nothing; not graded earns nothing yet")
	void mealSubsidy() {
		var paid = MealSubsidyRule.of(Grade.COMPETENT, 58, 30);
		assertThat(paid.amount()).isEqualByComparingTo("1740");
		assertThat(paid.arithmetic()).isEqualTo("58 天 × 30 元/天 = 1740 元");
		var failed = MealSubsidyRule.of(Grade.INCOMPETENT, 58, 30);
		assertThat(failed.amount()).isEqualByComparingTo(BigDecimal.ZERO);
		assertThat(failed.status()).isEqualTo(MealSubsidyRule.Status.BELOW_GRADE);
		assertThat(MealSubsidyRule.of(Grade.BASIC, 58, 30).amount()).isEqualByComparingTo(BigDecimal.ZERO);
		var pending = MealSubsidyRule.of(null, 58, 30);
		assertThat(pending.status()).isEqualTo(MealSubsidyRule.Status.NOT_GRADED);
		assertThat(pending.amount()).isEqualByComparingTo(BigDecimal.ZERO);
		assertThat(pending.arithmetic()).contains("尚未评定");
	}

	@Test
	@DisplayName("ASM-1: the Annex 4 chain opens one step at a time, then both county offices in either order")
	void quarterlyChainOrder() {
		var q = AssessmentKind.QUARTERLY;
		assertThat(ChainRule.open(q, Set.of())).containsExactly(Step.SUMMARY);
		assertThat(ChainRule.open(q, Set.of(Step.SUMMARY))).containsExactly(Step.VILLAGE);
		assertThat(ChainRule.open(q, Set.of(Step.SUMMARY, Step.VILLAGE, Step.TOWNSHIP, Step.PERSON)))
			.containsExactlyInAnyOrder(Step.COUNTY_ORG, Step.COUNTY_POVERTY);
		assertThat(ChainRule.open(q, Set.of(Step.SUMMARY, Step.VILLAGE, Step.TOWNSHIP, Step.PERSON, Step.COUNTY_POVERTY)))
			.containsExactly(Step.COUNTY_ORG);
		assertThat(ChainRule.complete(q, Set.of(Step.SUMMARY, Step.VILLAGE, Step.TOWNSHIP, Step.PERSON,
				Step.COUNTY_POVERTY, Step.COUNTY_ORG))).isTrue();
		assertThat(ChainRule.returnTargets(q, Step.COUNTY_POVERTY))
			.containsExactly(Step.SUMMARY, Step.VILLAGE, Step.TOWNSHIP, Step.PERSON);
		assertThat(ChainRule.undoneByReturn(q, Step.VILLAGE)).doesNotContain(Step.SUMMARY).contains(Step.VILLAGE,
				Step.COUNTY_ORG);
	}

	@Test
	@DisplayName("ASM-2: the Annex 5 chain puts the dispatching unit after the township")
	void annualChainHasUnit() {
		assertThat(ChainRule.open(AssessmentKind.ANNUAL, Set.of(Step.SUMMARY, Step.VILLAGE, Step.TOWNSHIP)))
			.containsExactly(Step.UNIT);
		assertThat(AssessmentKind.QUARTERLY.steps()).doesNotContain(Step.UNIT);
	}

	@Test
	@DisplayName("ASM-7: the 70 points of 履职情况 make 70 % of the sheet's 100 base points")
	void dutyShare() {
		var share = DutyShare.of(List.of(
				new ItemLine("1", "履职情况", new BigDecimal("70"), new BigDecimal("68"), "", ""),
				new ItemLine("1.1", "履行队长或第一书记职责情况", new BigDecimal("70"), new BigDecimal("68"), "未完成一项扣1分",
						"70 − 2 = 68"),
				new ItemLine("2", "出勤情况", new BigDecimal("5"), new BigDecimal("5"), "", ""),
				new ItemLine("6", "群众满意度", new BigDecimal("10"), null, "", "")));
		assertThat(share.dutyPoints()).isEqualByComparingTo("70");
		assertThat(share.enough()).isTrue();
		assertThat(share.arithmetic()).startsWith("70 / 100 = 70 %");
		assertThat(DutyShare.of(List.of(new ItemLine("1.1", "履职情况", new BigDecimal("40"), null, "", ""),
				new ItemLine("1.2", "任务", new BigDecimal("20"), null, "", ""))).enough()).isFalse();
		// POL-1: a county asking for 75 % finds 70 points too few, and the arithmetic names its number
		var county = DutyShare.of(List.of(new ItemLine("1", "履职情况", new BigDecimal("70"), null, "", "")),
				new BigDecimal("75"));
		assertThat(county.enough()).isFalse();
		assertThat(county.arithmetic()).endsWith("（不少于 75 %）");
	}

}
