package org.zhucun.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhucun.scoring.rules.Annex;
import org.zhucun.scoring.rules.EvidenceSource;
import org.zhucun.scoring.rules.ItemFacts;
import org.zhucun.scoring.rules.ItemOutcome;
import org.zhucun.scoring.rules.RaterKind;
import org.zhucun.scoring.rules.SeedTemplates;
import org.zhucun.scoring.rules.SheetEvaluator;
import org.zhucun.scoring.rules.TemplateCheck;
import org.zhucun.scoring.rules.TemplateItem;

/** The scoring rules of Annex 1–3 with the policy's own numbers (SCO-A1, SCO-A2, SCO-A3, SCO-X). */
class ScoringRulesTests {

	private static TemplateItem item(Annex annex, String code) {
		return SeedTemplates.of(annex).stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
	}

	private static ItemOutcome evaluate(Annex annex, String code, ItemFacts facts) {
		TemplateItem item = item(annex, code);
		return item.kind().evaluate(item, facts);
	}

	@Test
	@DisplayName("SCO-A3: a member with 3 days of unexcused absence scores 9.4 for attendance, shown as 10 − 0.2 × 3 = 9.4")
	void memberAttendance() {
		ItemOutcome o = evaluate(Annex.MEMBER, "2.1", ItemFacts.quantity(3, List.of()));
		assertThat(o.score()).isEqualByComparingTo("9.4");
		assertThat(o.score().toPlainString()).isEqualTo("9.4");
		assertThat(o.arithmetic()).isEqualTo("10 − 0.2 × 3 = 9.4");
		assertThat(evaluate(Annex.MEMBER, "2.1", ItemFacts.quantity(60, List.of())).score())
			.as("never below 0").isEqualByComparingTo("0");
	}

	@Test
	@DisplayName("SCO-A2: a leader with 3 days of unexcused absence scores 4.4 for attendance")
	void leaderAttendance() {
		ItemOutcome o = evaluate(Annex.LEADER, "2.1", ItemFacts.quantity(3, List.of()));
		assertThat(o.score()).isEqualByComparingTo("4.4");
		assertThat(o.arithmetic()).isEqualTo("5 − 0.2 × 3 = 4.4");
	}

	@Test
	@DisplayName("SCO-A2: duties with 2 undone tasks score 68 (70 − 1 × 2)")
	void duties() {
		ItemOutcome o = evaluate(Annex.LEADER, "1.1", ItemFacts.quantity(2, List.of()));
		assertThat(o.score()).isEqualByComparingTo("68");
		assertThat(o.arithmetic()).isEqualTo("70 − 1 × 2 = 68");
	}

	@Test
	@DisplayName("SCO-A1: a team with 230 days in the village scores 5 for residence (240 − 230 = 10 days short, 10 − 0.5 × 10)")
	void teamResidence() {
		ItemOutcome o = evaluate(Annex.TEAM, "2.5", ItemFacts.quantity(new BigDecimal("230.0"), List.of()));
		assertThat(o.score()).isEqualByComparingTo("5");
		assertThat(o.arithmetic()).isEqualTo("240 − 230 = 10；10 − 0.5 × 10 = 5");
		assertThat(evaluate(Annex.TEAM, "2.5", ItemFacts.quantity(245, List.of())).score()).isEqualByComparingTo("10");
		assertThat(evaluate(Annex.TEAM, "2.5", ItemFacts.quantity(200, List.of())).score()).isEqualByComparingTo("0");
	}

	@Test
	@DisplayName("SCO-A1: 95 000 yuan secured by an enterprise-dispatched team adds 0.3; 9 999 yuan by a party unit adds 0")
	void fundsSecured() {
		ItemOutcome enterprise = evaluate(Annex.TEAM, "4.2", ItemFacts.amount(new BigDecimal("95000"), "ENTERPRISE", List.of()));
		assertThat(enterprise.score()).isEqualByComparingTo("0.3");
		assertThat(enterprise.arithmetic()).isEqualTo("95000 ÷ 30000 → 3 × 0.1 = 0.3");
		ItemOutcome party = evaluate(Annex.TEAM, "4.2",
				ItemFacts.amount(new BigDecimal("9999"), "PARTY_MASS_ORGANISATION", List.of()));
		assertThat(party.score()).isEqualByComparingTo("0");
		assertThat(evaluate(Annex.TEAM, "4.2", ItemFacts.amount(new BigDecimal("2000000"), "PUBLIC_INSTITUTION", List.of()))
			.score()).as("no cap").isEqualByComparingTo("20");
	}

	@Test
	@DisplayName("SCO-A1: media coverage 2 national + 3 region + 1 city adds 10, the arithmetic showing 13 capped at 10")
	void mediaCapped() {
		ItemOutcome o = evaluate(Annex.TEAM, "4.1", ItemFacts.counts(Map.of("NATIONAL", 2, "REGION", 3, "CITY", 1), List.of()));
		assertThat(o.score()).isEqualByComparingTo("10");
		assertThat(o.arithmetic()).isEqualTo("2 × 3 + 3 × 2 + 1 × 1 = 13 > 10 → 10");
	}

	@Test
	@DisplayName("SCO-A2: articles, suggestions and instructions are capped at 5 each")
	void personalBonusCapped() {
		assertThat(evaluate(Annex.LEADER, "7.1", ItemFacts.counts(Map.of("COUNTY", 1, "CITY", 1), List.of())).score())
			.isEqualByComparingTo("5");
		assertThat(evaluate(Annex.LEADER, "7.3", ItemFacts.counts(Map.of("COUNTY", 1), List.of())).score())
			.isEqualByComparingTo("3");
	}

	@Test
	@DisplayName("SCO-A2: innovation scored 5, 4, 4, 3, 4 by the five raters of the annex is their mean, 4.00")
	void innovationMean() {
		List<RaterKind> kinds = item(Annex.LEADER, "4.1").raters();
		assertThat(kinds).hasSize(5);
		int[] scores = { 5, 4, 4, 3, 4 };
		List<ItemFacts.RaterScore> given = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			given.add(new ItemFacts.RaterScore(i, kinds.get(i), "评分人" + i, BigDecimal.valueOf(scores[i]), null, Instant.now(),
					"录入人"));
		}
		ItemOutcome o = evaluate(Annex.LEADER, "4.1", ItemFacts.raters(given));
		assertThat(o.score().toPlainString()).isEqualTo("4.00");
		assertThat(o.arithmetic()).isEqualTo("(5 + 4 + 4 + 3 + 4) ÷ 5 = 4.00");
		ItemOutcome partial = evaluate(Annex.LEADER, "4.1", ItemFacts.raters(given.subList(0, 4)));
		assertThat(partial.score()).as("waits for the team members' score").isNull();
		assertThat(partial.waiting().args()).containsExactly(RaterKind.TEAM_MEMBERS);
	}

	@Test
	@DisplayName("SCO-A1: the seed Annex 1 is flagged at item 2.3, its sub-items giving 15 of 20 points; Annex 2 and 3 add up")
	void seedAnnex1Flagged() {
		List<TemplateCheck.Flag> flags = TemplateCheck.check(SeedTemplates.of(Annex.TEAM));
		assertThat(flags).singleElement().satisfies(f -> {
			assertThat(f.problem()).isEqualTo(TemplateCheck.Problem.CHILDREN_DO_NOT_ADD_UP);
			assertThat(f.code()).isEqualTo("2.3");
			assertThat(f.expected()).isEqualByComparingTo("20");
			assertThat(f.actual()).isEqualByComparingTo("15");
		});
		assertThat(TemplateCheck.check(SeedTemplates.of(Annex.LEADER))).isEmpty();
		assertThat(TemplateCheck.check(SeedTemplates.of(Annex.MEMBER))).isEmpty();
	}

	@Test
	@DisplayName("SCO-A1: a county refinement whose parts do not add up is flagged with the offending item and the total")
	void refinementFlagged() {
		List<TemplateItem> refined = new ArrayList<>(SeedTemplates.of(Annex.LEADER));
		TemplateItem duties = refined.get(1);
		refined.set(1, new TemplateItem("1.1", duties.name(), new BigDecimal(65), duties.rule(), duties.kind(), duties.source(),
				duties.params(), duties.raters(), false, null));
		List<TemplateCheck.Flag> flags = TemplateCheck.check(refined);
		assertThat(flags).extracting(TemplateCheck.Flag::problem, TemplateCheck.Flag::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(TemplateCheck.Problem.CHILDREN_DO_NOT_ADD_UP, "1"));
		TemplateItem part = refined.get(0);
		refined.set(0, new TemplateItem("1", part.name(), new BigDecimal(65), "", null, null, null, null, false, null));
		assertThat(TemplateCheck.check(refined)).singleElement().satisfies(f -> {
			assertThat(f.problem()).isEqualTo(TemplateCheck.Problem.PARTS_DO_NOT_ADD_UP);
			assertThat(f.actual()).isEqualByComparingTo("95");
		});
	}

	@Test
	@DisplayName("SCO-A1: when the county records that the rest of item 2.3 is scored as a whole, the flag says so and a 5-point line appears")
	void remainderScoredAsWhole() {
		List<TemplateItem> refined = new ArrayList<>(SeedTemplates.of(Annex.TEAM));
		int at = refined.indexOf(item(Annex.TEAM, "2.3"));
		refined.set(at, refined.get(at).withRemainderReason("其余5分由乡镇党委整体评分"));
		assertThat(TemplateCheck.check(refined)).singleElement().satisfies(f -> {
			assertThat(f.resolved()).isTrue();
			assertThat(f.reason()).isEqualTo("其余5分由乡镇党委整体评分");
		});
		SheetEvaluator.Filled filled = SheetEvaluator.fill(refined, i -> null, "其余部分");
		assertThat(SheetEvaluator.line(filled, "2.3.R")).hasValueSatisfying(l -> assertThat(l.item().maximum())
			.isEqualByComparingTo("5"));
	}

	@Test
	@DisplayName("SCO-A3, SCO-X: a filled member sheet adds its parts to the base and its bonus apart; an invalid survey leaves it incomplete")
	void filledSheet() {
		List<TemplateItem> template = SeedTemplates.of(Annex.MEMBER);
		SheetEvaluator.Filled filled = SheetEvaluator.fill(template, i -> switch (i.source()) {
			case UNDONE_TASKS -> ItemFacts.quantity(2, List.of());
			case ABSENT_DAYS -> ItemFacts.quantity(3, List.of());
			case RATERS -> ItemFacts.raters(i.raters()
				.stream()
				.map(k -> new ItemFacts.RaterScore(1, k, "某", new BigDecimal("4.5"), null, Instant.now(), "录入"))
				.toList());
			case SATISFACTION -> ItemFacts.survey(new ItemFacts.Survey(false, 19, 20, null, "19 < 20"), List.of());
			case ARTICLES -> ItemFacts.counts(Map.of("CITY", 1), List.of());
			default -> ItemFacts.counts(Map.of(), List.of());
		}, "其余部分");
		assertThat(filled.complete()).isFalse();
		assertThat(SheetEvaluator.line(filled, "4.1").orElseThrow().outcome().waiting().key())
			.isEqualTo("scoring.waiting.surveyInvalid");
		// 68 + 9.4 + 4.5 + 4.5 = 86.4; bonus 3
		assertThat(filled.base()).isEqualByComparingTo("86.4");
		assertThat(filled.bonus()).isEqualByComparingTo("3");
		assertThat(filled.total()).isEqualByComparingTo("89.4");
		assertThat(SheetEvaluator.line(filled, "3").orElseThrow().outcome().arithmetic()).isEqualTo("4.5 + 4.5 = 9");
		assertThat(template).filteredOn(i -> i.source() == EvidenceSource.SATISFACTION).hasSize(1);
	}

}
