package org.zhucun.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.zhucun.IntegrationTest;
import org.zhucun.RunAs;
import org.zhucun.common.web.ConflictException;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.common.web.NotFoundException;
import org.zhucun.tasks.plan.OutcomeCommand;
import org.zhucun.tasks.plan.PlanCommand;
import org.zhucun.tasks.plan.PlanKind;
import org.zhucun.tasks.plan.PlanStatus;
import org.zhucun.tasks.plan.TaskCommand;
import org.zhucun.tasks.plan.TaskService;

@IntegrationTest
class TaskRegisterTests {

	@Autowired
	TaskService tasks;

	@Autowired
	TaskRegister register;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcTemplate jdbc;

	/** Next year: 王建国 has no plan for it in the demo data. */
	final int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1;

	@AfterEach
	void removeOwnPlans() {
		jdbc.update("delete from plan_document where plan_id in (select id from work_plan where plan_year = ?)", year);
		jdbc.update("delete from plan_task where plan_id in (select id from work_plan where plan_year = ?)", year);
		jdbc.update("delete from work_plan where plan_year = ?", year);
	}

	@Test
	@DisplayName("TSK-1: the cadre drafts and submits a plan under the five duties; once agreed by the township it is locked except through the township")
	void draftSubmitAgreeLock() {
		RunAs as = new RunAs(accounts);
		long plan = as.as("cadre-wang", () -> tasks.create(new PlanCommand(PlanKind.PERSON, year, null, null)).getId());
		as.run("cadre-wang", () -> tasks.addTask(plan, new TaskCommand(Duty.GOVERNANCE, "调解矛盾纠纷", "10 起")));
		as.run("cadre-wang", () -> tasks.submit(plan));
		assertThatThrownBy(() -> as.run("cadre-wang", () -> tasks.addTask(plan,
				new TaskCommand(Duty.SERVICE_CAPACITY, "代办事项", "20 件")))).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> as.run("cadre-wang", () -> tasks.agree(plan))).isInstanceOf(NotFoundException.class);
		as.run("yueyahu-xz", () -> tasks.agree(plan));
		assertThat(as.as("cadre-wang", () -> tasks.plan(plan)).row().status()).isEqualTo(PlanStatus.AGREED);
		long added = as.as("yueyahu-xz",
				() -> tasks.addTask(plan, new TaskCommand(Duty.SERVICE_CAPACITY, "代办事项", "20 件")).getId());
		assertThat(as.as("cadre-wang", () -> tasks.plan(plan)).tasks()).hasSize(2);
		as.run("yueyahu-xz", () -> tasks.mark(added, new OutcomeCommand(false, "仅代办 12 件")));
		assertThat(register.ofPerson(personOf("王建国"), year).notDone()).isEqualTo(1);
	}

	@Test
	@DisplayName("TSK-2: the undone tasks of 王建国's agreed 2026 plan are counted for the duty score (1 of 6)")
	void undoneTasksCounted() {
		TaskRegister.TaskTally tally = register.ofPerson(personOf("王建国"), 2026);
		assertThat(tally.agreed()).isTrue();
		assertThat(tally.tasks()).isEqualTo(6);
		assertThat(tally.notDone()).isEqualTo(1);
	}

	@Test
	@DisplayName("TSK-2: everyone's tallies read at once are those read one by one: an agreed plan, a plan not yet agreed, no plan")
	void talliesOfManyAsOfEach() {
		RunAs as = new RunAs(accounts);
		long plan = as.as("cadre-wang", () -> tasks.create(new PlanCommand(PlanKind.PERSON, year, null, null)).getId());
		as.run("cadre-wang", () -> tasks.addTask(plan, new TaskCommand(Duty.GOVERNANCE, "调解矛盾纠纷", "10 起")));
		as.run("cadre-wang", () -> tasks.submit(plan));
		List<Long> people = jdbc.queryForList("select id from person", Long.class);
		for (int y : List.of(2026, year)) {
			var all = register.ofPeople(people, y);
			assertThat(all).hasSize(people.size());
			people.forEach(id -> assertThat(all.get(id)).as(id + " in " + y).isEqualTo(register.ofPerson(id, y)));
		}
		assertThat(register.ofPeople(people, 2026).get(personOf("王建国")).tasks()).isEqualTo(6);
		assertThat(register.ofPeople(people, year).get(personOf("王建国"))).as("submitted, not agreed")
			.isEqualTo(TaskRegister.TaskTally.NONE);
	}

	@Test
	@DisplayName("TSK-2: a task is marked only once the plan is agreed, and only with a note")
	void markingNeedsAgreementAndNote() {
		RunAs as = new RunAs(accounts);
		long plan = as.as("yueyahu-xz",
				() -> tasks.create(new PlanCommand(PlanKind.TEAM, year, null, "641101001001")).getId());
		long task = as.as("yueyahu-xz", () -> tasks.addTask(plan, new TaskCommand(Duty.DEVELOPMENT_IDEAS, "修订发展规划", "1 份"))
			.getId());
		assertThatThrownBy(() -> as.run("yueyahu-xz", () -> tasks.mark(task, new OutcomeCommand(true, "已完成"))))
			.isInstanceOf(ConflictException.class);
		as.run("yueyahu-xz", () -> tasks.agree(plan));
		assertThatThrownBy(() -> as.run("yueyahu-xz", () -> tasks.mark(task, new OutcomeCommand(true, " "))))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	@DisplayName("TSK-1, ORG-5: a sibling township and a sibling county neither see nor agree 王建国's plan; a person of another township is refused")
	void outsidersRefused() {
		RunAs as = new RunAs(accounts);
		long plan = jdbc.queryForObject("select id from work_plan where person_name = '王建国' and plan_year = 2026", Long.class);
		assertThatThrownBy(() -> as.run("zhenbeibu-xz", () -> tasks.plan(plan))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> as.run("zhenbeibu-xz", () -> tasks.agree(plan))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> as.run("huanghe-zzb", () -> tasks.plan(plan))).isInstanceOf(NotFoundException.class);
		assertThat(as.as("zhenbeibu-xz", () -> tasks.plans(2026))).noneMatch(r -> r.id() == plan);
		assertThatThrownBy(() -> as.run("zhenbeibu-xz",
				() -> tasks.create(new PlanCommand(PlanKind.PERSON, year, personOf("王建国"), null))))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	@DisplayName("TSK-1: the team's work plan of Annex 1 is attached to the team's year; an executable named .pdf is refused; a sibling township cannot download it")
	void teamPlanDocuments() {
		RunAs as = new RunAs(accounts);
		long plan = as.as("yueyahu-xz",
				() -> tasks.create(new PlanCommand(PlanKind.TEAM, year, null, "641101001001")).getId());
		byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		long attached = as.as("yueyahu-xz",
				() -> tasks.attach(plan, org.zhucun.tasks.plan.PlanDocumentKind.WORK_PLAN, null, "工作队工作计划.pdf", pdf).getId());
		assertThat(as.as("yueyahu-xz", () -> tasks.plan(plan)).documents()).singleElement()
			.satisfies(d -> assertThat(d.document().fileName()).isEqualTo("工作队工作计划.pdf"));
		byte[] exe = new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0 };
		assertThatThrownBy(() -> as.run("yueyahu-xz",
				() -> tasks.attach(plan, org.zhucun.tasks.plan.PlanDocumentKind.ANNUAL_SCHEME, null, "年度方案.pdf", exe)))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> as.run("zhenbeibu-xz", () -> tasks.document(attached))).isInstanceOf(NotFoundException.class);
		assertThat(as.as("shahu-zzb", () -> tasks.document(attached)).content()).isEqualTo(pdf);
	}

	private long personOf(String name) {
		return jdbc.queryForObject("select id from person where name = ?", Long.class, name);
	}

}
