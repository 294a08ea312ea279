package org.zhucun.assessment.chain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.assessment.Grade;
import org.zhucun.assessment.rules.DutyShare;
import org.zhucun.assessment.rules.GradeRules;
import org.zhucun.common.query.IdChunks;
import org.zhucun.common.scope.DataScopeProvider;
import org.zhucun.personnel.PostingPeriod;
import org.zhucun.scoring.ScoringSheets;
import org.zhucun.supervision.DisciplineRecords;
import org.zhucun.tasks.TaskRegister;

/**
 * The annual computation of a whole scope (ASM-2, ASM-4, ASM-5, ASM-7): for everyone posted within
 * the user's data scope during the year, the filled sheet (Annex 2 or 3) and the best grade the
 * rules allow with their reasons — what the township proposes from and the county reviews. The
 * sheets come from {@link ScoringSheets#ofPeople} in one call, the quarterly grades, discipline records
 * and task tallies in bulk and the policy numbers once per village, so a county or the region is
 * computed in one pass.
 */
@Service
@Transactional(readOnly = true)
public class AnnualProposals {

	private final AssessmentService service;

	private final AssessmentRepository assessments;

	private final ScoringSheets sheets;

	private final DisciplineRecords discipline;

	private final TaskRegister tasks;

	private final DataScopeProvider scopes;

	AnnualProposals(AssessmentService service, AssessmentRepository assessments, ScoringSheets sheets,
			DisciplineRecords discipline, TaskRegister tasks, DataScopeProvider scopes) {
		this.service = service;
		this.assessments = assessments;
		this.sheets = sheets;
		this.discipline = discipline;
		this.tasks = tasks;
		this.scopes = scopes;
	}

	/**
	 * One person's proposal: the completed quarterly grades, the rules' ceiling with its reasons, the
	 * sheet (its total and whether it is complete) and the duties' share of it (ASM-7).
	 */
	public record Line(long personId, String personName, long villageNodeId, long unitId, Map<Integer, Grade> quarterly,
			GradeRules.Ceiling ceiling, ScoringSheets.SheetScore sheet, DutyShare.Share dutyShare) {
	}

	/** The proposals of everyone posted within the user's data scope during the year, by village and name. */
	public List<Line> ofYear(int year) {
		Map<Long, PostingPeriod> posted = service.postedWithin(scopes.currentScope(), LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31));
		List<PostingPeriod> people = posted.values()
			.stream()
			.sorted(Comparator.comparing(PostingPeriod::villageNodeId).thenComparing(PostingPeriod::personName))
			.toList();
		Map<Long, Map<Integer, Grade>> quarterly = quarterlyGrades(posted.keySet(), year);
		Map<Long, ScoringSheets.SheetScore> filled = sheets.ofPeople(posted.keySet(), year);
		Map<Long, DisciplineRecords.DisciplineSummary> disciplined = discipline.ofPeople(posted.keySet(), year);
		Map<Long, TaskRegister.TaskTally> tallies = tasks.ofPeople(posted.keySet(), year);
		// the policy numbers are set per county, city or region: read once per village, not per person
		Map<Long, GradeRules.Limits> limits = new HashMap<>();
		Map<Long, BigDecimal> dutyShareMinimum = new HashMap<>();
		List<Line> lines = new ArrayList<>(people.size());
		for (PostingPeriod p : people) {
			Map<Integer, Grade> grades = quarterly.getOrDefault(p.personId(), Map.of());
			var d = disciplined.get(p.personId());
			var t = tallies.get(p.personId());
			GradeRules.Facts facts = new GradeRules.Facts(List.copyOf(grades.values()), d.criticismNotices(),
					d.laxDiscipline(), d.derelictionOrSerious(), d.inaction(), t.notDone(),
					limits.computeIfAbsent(p.villageNodeId(), v -> service.limits(v, year)));
			ScoringSheets.SheetScore sheet = filled.get(p.personId());
			lines.add(new Line(p.personId(), p.personName(), p.villageNodeId(), p.unitId(), grades,
					GradeRules.ceiling(facts), sheet, sheet == null ? null
							: DutyShare.of(sheet.items(),
									dutyShareMinimum.computeIfAbsent(p.villageNodeId(), v -> service.dutyShareMinimum(v, year)))));
		}
		return lines;
	}

	private Map<Long, Map<Integer, Grade>> quarterlyGrades(Collection<Long> people, int year) {
		Map<Long, Map<Integer, Grade>> grades = new HashMap<>();
		IdChunks.read(people, chunk -> assessments.completedQuarterGrades(chunk, year))
			.forEach(g -> grades.computeIfAbsent(g.personId(), k -> new TreeMap<>()).put(g.quarter(), g.grade()));
		return grades;
	}

}
