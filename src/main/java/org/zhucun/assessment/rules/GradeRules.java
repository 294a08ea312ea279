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

	/**
	 * The numbers of the rules (POL-1), in force for the person's county and year: from this many
	 * criticism notices the grade is at most 基本称职 (Art. 7, seed 2); an annual 优秀 needs at least
	 * this many quarterly 优秀 (Art. 9, seed 2).
	 */
	public record Limits(int noticesCap, int quarterlyExcellentNeeded) {

		/** The seed policy's numbers (Ningxia's interim measures). */
		public static final Limits SEED = new Limits(2, 2);

	}

	private GradeRules() {
	}

	/** What the rules see of a person's year. */
	public record Facts(List<Grade> quarterlyGrades, int criticismNotices, boolean laxDiscipline,
			boolean derelictionOrSerious, boolean inaction, int tasksNotDone, Limits limits) {

		public Facts {
			quarterlyGrades = List.copyOf(quarterlyGrades);
		}

		/** The facts judged by the seed policy's numbers. */
		public Facts(List<Grade> quarterlyGrades, int criticismNotices, boolean laxDiscipline,
				boolean derelictionOrSerious, boolean inaction, int tasksNotDone) {
			this(quarterlyGrades, criticismNotices, laxDiscipline, derelictionOrSerious, inaction, tasksNotDone,
					Limits.SEED);
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
		if (f.criticismNotices() >= f.limits().noticesCap()) {
			reasons.add(Reason.of("ASM-4", "assessment.rule.notices", f.criticismNotices(), f.limits().noticesCap()));
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
		if (f.quarterlyExcellent() < f.limits().quarterlyExcellentNeeded()) {
			reasons.add(Reason.of("ASM-5", "assessment.rule.quarterlyExcellent", f.quarterlyExcellent(),
					f.limits().quarterlyExcellentNeeded()));
			best = best.atMost(Grade.COMPETENT);
		}
		return new Ceiling(best, List.copyOf(reasons));
	}

}
