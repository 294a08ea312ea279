package org.zhucun.assessment.rules;

import java.util.ArrayList;
import java.util.List;

import org.zhucun.assessment.Grade;

/**
 * The caps on the annual grade of Art. 7 and Art. 9 (ASM-4, ASM-5): which grades a person's records
 * allow, and why.
 * <ul>
 * <li>dereliction of duty or a serious violation with bad effect → 不称职 (不合格);</li>
 * <li>lax discipline, or 2 or more criticism notices (督查通报) → at most 基本称职 (基本合格);</li>
 * <li>inaction (不作为、不敢担当), or tasks of the year's plan not done → not 优秀;</li>
 * <li>优秀 only with at least 2 quarterly 优秀 (ASM-5).</li>
 * </ul>
 */
public final class GradeRules {

	/** Art. 7: this many criticism notices or more cap the grade at 基本称职. */
	public static final int NOTICES_CAP = 2;

	/** Art. 9: this many quarterly 优秀 at least for an annual 优秀. */
	public static final int QUARTERLY_EXCELLENT_NEEDED = 2;

	private GradeRules() {
	}

	/** What the rules see of a person's year. */
	public record Facts(List<Grade> quarterlyGrades, int criticismNotices, boolean laxDiscipline,
			boolean derelictionOrSerious, boolean inaction, int tasksNotDone) {

		public Facts {
			quarterlyGrades = List.copyOf(quarterlyGrades);
		}

		long quarterlyExcellent() {
			return quarterlyGrades.stream().filter(g -> g == Grade.EXCELLENT).count();
		}

	}

	/** The best grade the records allow, with the rules that lowered it (empty when none did). */
	public record Ceiling(Grade best, List<Reason> reasons) {

		public boolean allows(Grade grade) {
			return best == Grade.INCOMPETENT ? grade == Grade.INCOMPETENT : best.atLeast(grade);
		}

	}

	public static Ceiling ceiling(Facts f) {
		List<Reason> reasons = new ArrayList<>();
		Grade best = Grade.EXCELLENT;
		if (f.derelictionOrSerious()) {
			reasons.add(Reason.of("ASM-4", "assessment.rule.dereliction"));
			best = Grade.INCOMPETENT;
		}
		if (f.laxDiscipline()) {
			reasons.add(Reason.of("ASM-4", "assessment.rule.lax"));
			best = best.atMost(Grade.BASIC);
		}
		if (f.criticismNotices() >= NOTICES_CAP) {
			reasons.add(Reason.of("ASM-4", "assessment.rule.notices", f.criticismNotices(), NOTICES_CAP));
			best = best.atMost(Grade.BASIC);
		}
		if (f.inaction()) {
			reasons.add(Reason.of("ASM-4", "assessment.rule.inaction"));
			best = best.atMost(Grade.COMPETENT);
		}
		if (f.tasksNotDone() > 0) {
			reasons.add(Reason.of("ASM-4", "assessment.rule.tasksNotDone", f.tasksNotDone()));
			best = best.atMost(Grade.COMPETENT);
		}
		if (f.quarterlyExcellent() < QUARTERLY_EXCELLENT_NEEDED) {
			reasons.add(Reason.of("ASM-5", "assessment.rule.quarterlyExcellent", f.quarterlyExcellent(),
					QUARTERLY_EXCELLENT_NEEDED));
			best = best.atMost(Grade.COMPETENT);
		}
		return new Ceiling(best, List.copyOf(reasons));
	}

}
