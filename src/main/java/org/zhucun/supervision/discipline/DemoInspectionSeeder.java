package org.zhucun.supervision.discipline;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.personnel.ActivePostings;
import org.zhucun.supervision.DisciplineKind;
import org.zhucun.supervision.SupervisionLevel;

/**
 * Demo profile only: an inspection by 沙湖县委组织部's first inspection team of 石嘴村 in September
 * 2026, with one finding about 王建国 (SUP-1), and a criticism notice about 李振华 (SUP-2).
 */
@Component
@Profile("demo")
@Order(12)
class DemoInspectionSeeder implements ApplicationRunner {

	private final InspectionRepository inspections;

	private final InspectionFindingRepository findings;

	private final DisciplineRecordRepository records;

	private final ActivePostings postings;

	private final OrganisationDirectory organisation;

	private final TransactionTemplate transaction;

	DemoInspectionSeeder(InspectionRepository inspections, InspectionFindingRepository findings, DisciplineRecordRepository records, ActivePostings postings,
			OrganisationDirectory organisation, TransactionTemplate transaction) {
		this.inspections = inspections;
		this.findings = findings;
		this.records = records;
		this.postings = postings;
		this.organisation = organisation;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		transaction.executeWithoutResult(status -> {
			if (inspections.count() > 0) {
				return;
			}
			var county = organisation.nodeIdByCode("641101");
			var village = organisation.villageByCode("641101001001");
			if (county.isEmpty() || village.isEmpty()) {
				return;
			}
			Inspection inspection = inspections.save(new Inspection(SupervisionLevel.COUNTY, county.get(),
					LocalDate.of(2026, 9, 15), "沙湖县委组织部第一督导组", "查阅驻村日志、考勤登记，走访群众 12 户", Set.of(village.get().id()),
					"沙湖县委组织部"));
			postings.inVillages(Set.of(village.get().id()))
				.stream()
				.filter(p -> p.personName().equals("王建国"))
				.forEach(p -> findings.save(new InspectionFinding(inspection.getId(), p.personId(), p.personName(),
						p.villageNodeId(), p.unitId(), "民情日记记录不完整，9 月仅记 3 篇", "沙湖县委组织部")));
			postings.inVillages(Set.of(village.get().id()))
				.stream()
				.filter(p -> p.personName().equals("李振华"))
				.forEach(p -> records.save(new DisciplineRecord(DisciplineKind.CRITICISM_NOTICE, null, SupervisionLevel.COUNTY,
						county.get(), p.personId(), p.personName(), p.villageNodeId(), p.unitId(), LocalDate.of(2026, 10, 9),
						"沙湖县委组织部", "督查通报〔2026〕3号：驻村期间多次未按规定登记离村", "沙湖县委组织部",
						java.time.Instant.parse("2026-10-09T02:00:00Z"))));
		});
	}

}
