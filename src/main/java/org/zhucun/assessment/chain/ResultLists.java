package org.zhucun.assessment.chain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.assessment.Grade;
import org.zhucun.assessment.rules.AssessmentKind;
import org.zhucun.assessment.rules.DutyShare;
import org.zhucun.assessment.rules.GradeRules;
import org.zhucun.assessment.rules.MealSubsidyRule;
import org.zhucun.attendance.AttendanceLedger;
import org.zhucun.common.scope.DataScopeProvider;
import org.zhucun.common.web.NotFoundException;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.organisation.UnitSummary;
import org.zhucun.personnel.PersonFacts;
import org.zhucun.personnel.PostingPeriod;
import org.zhucun.personnel.Postings;
import org.zhucun.policy.PolicyKey;
import org.zhucun.policy.PolicyParameters;
import org.zhucun.scoring.ScoringSheets;

/**
 * What the results are used for (USE-1..3) and the meal subsidy (SUB-1), and the annual proposal's
 * figures (ASM-2, ASM-4..7), all within the user's data scope.
 */
@Service
@Transactional(readOnly = true)
public class ResultLists {


	private final AssessmentService service;

	private final Postings postings;

	private final AttendanceLedger attendance;

	private final PolicyParameters policy;

	private final OrganisationDirectory organisation;

	private final PersonFacts people;

	private final ScoringSheets sheets;

	private final DataScopeProvider scopes;

	ResultLists(AssessmentService service, Postings postings, AttendanceLedger attendance, PolicyParameters policy,
			OrganisationDirectory organisation, PersonFacts people, ScoringSheets sheets,
			DataScopeProvider scopes) {
		this.service = service;
		this.postings = postings;
		this.attendance = attendance;
		this.policy = policy;
		this.organisation = organisation;
		this.people = people;
		this.sheets = sheets;
		this.scopes = scopes;
	}

	// --- the annual proposal (ASM-2, ASM-4..7) ---

	/**
	 * What the township, the unit and the county see while proposing and reviewing an annual grade: the
	 * quarterly grades, the rules' ceiling with its reasons, the sheet's score and the duties' share
	 * (null while the sheet cannot be computed), the 优秀 limit used / allowed.
	 */
	public record Proposal(Map<Integer, Grade> quarterly, GradeRules.Facts facts, GradeRules.Ceiling ceiling,
			ScoringSheets.SheetScore sheet, DutyShare.Share dutyShare, QuotaLedger.Usage quota) {
	}

	public Proposal proposal(Assessment a) {
		if (a.getKind() != AssessmentKind.ANNUAL) {
			return null;
		}
		GradeRules.Facts facts = service.facts(a);
		ScoringSheets.SheetScore sheet;
		try {
			sheet = sheets.ofPerson(a.getPersonId(), a.getYear());
		}
		catch (NotFoundException notPostedThatYear) {
			// the sheet covers the year's postings: someone assessed without one has no sheet to show
			sheet = null;
		}
		return new Proposal(service.quarterlyGrades(a.getPersonId(), a.getYear()), facts, GradeRules.ceiling(facts),
				sheet, sheet == null ? null : DutyShare.of(sheet.items(), service.dutyShareMinimum(a.getVillageNodeId(), a.getYear())),
				service.quotaUsage(a).orElse(null));
	}

	// --- USE-1..3 ---

	/** A completed annual assessment with the person's quarterly grades and their time in the village. */
	public record ResultRow(Assessment annual, Map<Integer, Grade> quarterly, LocalDate postedSince, long daysInVillage,
			int experienceMinimumDays) {

		/** USE-2: at least the days in force ({@code PolicyKey.EXPERIENCE_MIN_DAYS_IN_VILLAGE}, seed 365: 满一年). */
		public boolean experienceYear() {
			return daysInVillage >= experienceMinimumDays;
		}

	}

	/** The year's completed annual assessments within the scope. */
	public List<ResultRow> annualResults(int year) {
		LocalDate end = LocalDate.of(year, 12, 31);
		LocalDate until = end.isAfter(service.today()) ? service.today() : end;
		return service.list(year)
			.stream()
			.filter(a -> a.getKind() == AssessmentKind.ANNUAL && a.isComplete())
			.map(a -> {
				List<PostingPeriod> served = postings.ofPerson(a.getPersonId(), LocalDate.of(1990, 1, 1), until);
				LocalDate since = served.stream().map(PostingPeriod::startDate).min(Comparator.naturalOrder()).orElse(null);
				long days = served.stream()
					.mapToLong(p -> ChronoUnit.DAYS.between(p.startDate(),
							(p.endedOn() == null || p.endedOn().isAfter(until) ? until : p.endedOn()).plusDays(1)))
					.sum();
				return new ResultRow(a, service.quarterlyGrades(a.getPersonId(), year), since, days,
						policy.value(PolicyKey.EXPERIENCE_MIN_DAYS_IN_VILLAGE, a.getVillageNodeId(), year));
			})
			.toList();
	}

	/** USE-1: commendation candidates — annual 优秀, with their quarterly results. */
	public List<ResultRow> commendation(List<ResultRow> results) {
		return results.stream().filter(r -> r.annual().getGrade() == Grade.EXCELLENT).toList();
	}

	/** USE-2: grassroots work experience — at least a year in the village and 称职 (合格) or better. */
	public List<ResultRow> experience(List<ResultRow> results) {
		return results.stream()
			.filter(r -> r.annual().getGrade().atLeast(Grade.COMPETENT) && r.experienceYear())
			.toList();
	}

	/** USE-3: to be replaced — annual 基本称职 or 不称职 (a replacement request is opened on completion). */
	public List<ResultRow> replacement(List<ResultRow> results) {
		return results.stream().filter(r -> !r.annual().getGrade().atLeast(Grade.COMPETENT)).toList();
	}

	/** The certificate of grassroots work experience for the personal file (USE-2), if the person qualifies. */
	public Certificate certificate(long assessmentId) {
		Assessment a = service.view(assessmentId);
		ResultRow row = experience(annualResults(a.getYear())).stream()
			.filter(r -> r.annual().getId().equals(a.getId()))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("assessment.error.notQualified"));
		return new Certificate(row, people.of(a.getPersonId()).orElse(null),
				organisation.unit(a.getUnitId()).map(UnitSummary::name).orElse(""), service.today());
	}

	public record Certificate(ResultRow row, PersonFacts.Facts person, String unitName, LocalDate issuedOn) {
	}

	// --- SUB-1 ---

	/** A quarter of a person's meal subsidy. */
	public record SubsidyRow(PostingPeriod posting, String villageName, String unitName, int quarter, Grade grade,
			boolean civilServant, MealSubsidyRule.Subsidy subsidy, int unconfirmedMonths) {
	}

	/** A dispatching unit's statement: its people's quarters and the total. */
	public record UnitStatement(long unitId, String unitName, List<SubsidyRow> rows, BigDecimal total) {
	}

	/** The meal subsidy of a year per person and quarter within the scope, grouped by dispatching unit. */
	public List<UnitStatement> subsidy(int year, Long unitId) {
		var scope = scopes.currentScope();
		Map<Long, PostingPeriod> posted = service.postedWithin(scope, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		Map<Long, String> unitNames = new HashMap<>();
		Map<Long, String> villageNames = new HashMap<>();
		Map<Long, Boolean> civil = people.of(posted.keySet())
			.values()
			.stream()
			.collect(Collectors.toMap(PersonFacts.Facts::personId, PersonFacts.Facts::civilServant));
		List<SubsidyRow> rows = new ArrayList<>();
		LocalDate today = service.today();
		for (int q = 1; q <= 4; q++) {
			LocalDate from = LocalDate.of(year, 3 * q - 2, 1);
			if (from.isAfter(today)) {
				break;
			}
			LocalDate to = from.plusMonths(3).minusDays(1);
			var days = posted.isEmpty() ? Map.<Long, AttendanceLedger.PersonDays>of()
					: attendance.days(posted.keySet(), from, to);
			for (PostingPeriod p : posted.values()) {
				if (unitId != null && p.unitId() != unitId) {
					continue;
				}
				AttendanceLedger.PersonDays d = days.get(p.personId());
				if (d == null) {
					continue;
				}
				Grade grade = service.quarterly(p.personId(), year, q).orElse(null);
				int rate = policy.value(PolicyKey.SUBSIDY_MEAL_YUAN_PER_DAY, p.villageNodeId(), year);
				rows.add(new SubsidyRow(p,
						villageNames.computeIfAbsent(p.villageNodeId(),
								v -> organisation.village(v).map(x -> x.name()).orElse("")),
						unitNames.computeIfAbsent(p.unitId(), u -> organisation.unit(u).map(UnitSummary::name).orElse("")),
						q, grade, civil.getOrDefault(p.personId(), false), MealSubsidyRule.of(grade, d.inVillage(), rate),
						d.unconfirmedMonths()));
			}
		}
		return rows.stream()
			.sorted(Comparator.comparing((SubsidyRow r) -> r.posting().personName()).thenComparing(SubsidyRow::quarter))
			.collect(Collectors.groupingBy(r -> r.posting().unitId(), java.util.TreeMap::new, Collectors.toList()))
			.entrySet()
			.stream()
			.map(e -> new UnitStatement(e.getKey(), unitNames.get(e.getKey()), e.getValue(), e.getValue()
				.stream()
				.map(r -> r.subsidy().amount())
				.reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add)))
			.toList();
	}

}
