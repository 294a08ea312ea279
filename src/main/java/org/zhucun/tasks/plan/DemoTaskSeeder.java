package org.zhucun.tasks.plan;

import java.time.Instant;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhucun.document.Documents;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.personnel.ActivePostings;
import org.zhucun.tasks.Duty;

/**
 * Demo profile only: the 2026 work plan of 王建国 (cadre-wang, 石嘴村) with six tasks under the five
 * duties, agreed by 月牙湖乡党委; one task is marked not done, one carries its evidence (a PDF); and the
 * draft 2026 plan of 石嘴村's work team with its work plan of Annex 1 attached (TSK-1, TSK-2).
 */
@Component
@Profile("demo")
@Order(12)
class DemoTaskSeeder implements ApplicationRunner {

	static final int YEAR = 2026;

	private static final List<Object[]> TASKS = List.of(
			new Object[] { Duty.DEVELOPMENT_IDEAS, "走访全村农户，摸清村情民意，参与修订村级发展规划", "入户走访 180 户，规划 1 份" },
			new Object[] { Duty.GRASSROOTS_ORGANISATION, "协助村党支部落实“三会一课”，讲党课", "讲党课 4 次" },
			new Object[] { Duty.TARGETED_POVERTY_ALLEVIATION, "帮助发展枸杞种植合作社，带动脱贫户增收", "带动 30 户，户均增收 2000 元" },
			new Object[] { Duty.SERVICE_CAPACITY, "为群众代办医保、养老等事项", "代办 50 件" },
			new Object[] { Duty.GOVERNANCE, "参与调解邻里纠纷，建立矛盾纠纷台账", "调解 10 起，台账 1 本" },
			new Object[] { Duty.GRASSROOTS_ORGANISATION, "培养入党积极分子", "培养 2 名" });

	private final WorkPlanRepository plans;

	private final PlanTaskRepository tasks;

	private final ActivePostings postings;

	private final OrganisationDirectory organisation;

	private final TransactionTemplate transaction;

	private final PlanDocumentRepository planDocuments;

	private final Documents documents;

	DemoTaskSeeder(WorkPlanRepository plans, PlanTaskRepository tasks, ActivePostings postings,
			OrganisationDirectory organisation, TransactionTemplate transaction, PlanDocumentRepository planDocuments,
			Documents documents) {
		this.planDocuments = planDocuments;
		this.documents = documents;
		this.plans = plans;
		this.tasks = tasks;
		this.postings = postings;
		this.organisation = organisation;
		this.transaction = transaction;
	}

	/** A small PDF naming what it is, stored by module document and attached to the plan. */
	private void attach(WorkPlan plan, Long taskId, PlanDocumentKind kind, String name, String marker) {
		byte[] pdf = ("%PDF-1.4\n% " + marker + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
			.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		long id = documents.store(name, pdf).id();
		planDocuments.save(new PlanDocument(plan.getId(), taskId, kind, id, "王建国", Instant.parse("2026-11-28T02:00:00Z")));
	}

	@Override
	public void run(ApplicationArguments args) {
		transaction.executeWithoutResult(status -> {
			if (plans.count() > 0) {
				return;
			}
			organisation.villageByCode("641101001001")
				.flatMap(v -> postings.inVillages(java.util.Set.of(v.id())).stream()
					.filter(p -> p.personName().equals("王建国"))
					.findFirst())
				.ifPresent(wang -> {
					WorkPlan plan = plans.save(new WorkPlan(PlanKind.PERSON, wang.personId(), wang.personName(),
							wang.villageNodeId(), wang.unitId(), YEAR, "王建国"));
					for (Object[] t : TASKS) {
						tasks.save(new PlanTask(plan.getId(), (Duty) t[0], (String) t[1], (String) t[2], "王建国"));
					}
					plan.submit();
					plan.agree("月牙湖乡党委", Instant.parse("2026-02-20T02:00:00Z"));
					tasks.findByPlanIdOrderByDutyAscIdAsc(plan.getId())
						.stream()
						.filter(t -> t.getDuty() == Duty.SERVICE_CAPACITY)
						.forEach(t -> t.mark(false, "代办 38 件，未达到目标", "月牙湖乡党委", Instant.parse("2026-11-30T02:00:00Z")));
					tasks.findByPlanIdOrderByDutyAscIdAsc(plan.getId())
						.stream()
						.filter(t -> t.getTarget().equals("讲党课 4 次"))
						.findFirst()
						.ifPresent(t -> attach(plan, t.getId(), PlanDocumentKind.EVIDENCE, "党课记录.pdf", "dangke-2026"));
					WorkPlan team = plans.save(new WorkPlan(PlanKind.TEAM, null, null, wang.villageNodeId(), wang.unitId(), YEAR,
							"李振华"));
					tasks.save(new PlanTask(team.getId(), Duty.TARGETED_POVERTY_ALLEVIATION, "建成枸杞烘干车间", "1 座", "李振华"));
					tasks.save(new PlanTask(team.getId(), Duty.GRASSROOTS_ORGANISATION, "发展党员", "2 名", "李振华"));
					attach(team, null, PlanDocumentKind.WORK_PLAN, "石嘴村工作队2026年工作计划.pdf", "team-plan-2026");
				});
		});
	}

}
