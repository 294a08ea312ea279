package org.zhucun.assessment.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhucun.IntegrationTest;
import org.zhucun.assessment.Grade;
import org.zhucun.assessment.rules.Step;
import org.zhucun.common.crypto.FieldCipher;
import org.zhucun.common.scope.SystemContext;
import org.zhucun.common.web.ConflictException;
import org.zhucun.common.web.DomainException;
import org.zhucun.common.web.InvalidInputException;

/**
 * ASM-5, ASM-6, SEC-8 against PostgreSQL: a fresh county of its own (so that no other test's people
 * count) with 20 people dispatched by a county-level unit, each with 2 quarterly 优秀 and an annual
 * assessment waiting for the township's grade. 10 proposals of 优秀 at once yield exactly 3.
 */
@IntegrationTest
class AnnualQuotaTests {

	@Autowired
	AssessmentService service;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FieldCipher cipher;

	final List<Long> nodes = new ArrayList<>();

	long unit;

	long team;

	final List<Long> people = new ArrayList<>();

	final List<Long> annual = new ArrayList<>();

	int year;

	@BeforeEach
	void freshCounty() {
		year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
		String tag = UUID.randomUUID().toString().substring(0, 6);
		Long city = jdbc.queryForObject("select parent_id from org_node where code = '641101'", Long.class);
		long county = node("69Q" + tag, "测试县" + tag, "COUNTY", city);
		long township = node("69Q" + tag + "1", "测试乡", "TOWNSHIP", county);
		long village = node("69Q" + tag + "11", "测试村", "VILLAGE", township);
		unit = jdbc.queryForObject("select nextval('dispatching_unit_seq')", Long.class);
		jdbc.update("insert into dispatching_unit (id, code, name, level, type, owner_node_id) values (?, ?, ?, 'COUNTY', "
				+ "'GOVERNMENT_DEPARTMENT', ?)", unit, "69U" + tag, "测试县直单位" + tag, county);
		team = jdbc.queryForObject("select nextval('work_team_seq')", Long.class);
		jdbc.update("insert into work_team (id, village_node_id, name) values (?, ?, '测试工作队')", team, village);
		for (int i = 0; i < 20; i++) {
			long p = jdbc.queryForObject("select nextval('person_seq')", Long.class);
			String idNumber = "QUOTA-" + tag + "-" + i;
			jdbc.update("insert into person (id, name, gender, birth_date, political_status, work_unit_post, unit_id, "
					+ "id_number, id_number_digest, civil_servant) values (?, ?, 'MALE', '1985-05-01', 'PARTY_MEMBER', "
					+ "'测试县直单位 科员', ?, ?, ?, true)", p, "名额测试" + i, unit, cipher.encrypt(idNumber),
					cipher.digest(idNumber));
			jdbc.update("insert into assignment (id, person_id, team_id, village_node_id, role, unit_id, dispatch_level, "
					+ "start_date, planned_end_date) values (nextval('assignment_seq'), ?, ?, ?, 'TEAM_MEMBER', ?, 'COUNTY', ?, ?)",
					p, team, village, unit, LocalDate.of(year, 1, 1), LocalDate.of(year + 2, 1, 1));
			people.add(p);
			// two quarterly 优秀 for all but the last, who has one (ASM-5)
			for (int q = 1; q <= (i == 19 ? 1 : 2); q++) {
				long qa = assessment(p, "QUARTERLY", q, village, township, county, true, "EXCELLENT");
				step(qa, "SUMMARY");
			}
			long a = assessment(p, "ANNUAL", 0, village, township, county, false, null);
			step(a, "SUMMARY");
			step(a, "VILLAGE");
			annual.add(a);
		}
	}

	@AfterEach
	void removeCounty() {
		if (people.isEmpty()) {
			return;
		}
		String ids = people.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
		TestRecords.deleteAssessments(jdbc, "person_id in (" + ids + ")");
		jdbc.update("delete from replacement_request where person_id in (" + ids + ")");
		jdbc.update("delete from assignment where person_id in (" + ids + ")");
		jdbc.update("delete from person where id in (" + ids + ")");
		jdbc.update("delete from work_team where id = ?", team);
		jdbc.update("delete from dispatching_unit where id = ?", unit);
		for (int i = nodes.size() - 1; i >= 0; i--) {
			jdbc.update("delete from assessment_quota where level_node_id = ?", nodes.get(i));
			jdbc.update("delete from org_node where id = ?", nodes.get(i));
		}
	}

	@Test
	@DisplayName("ASM-6, SEC-8: 10 township proposals of 优秀 at once for 20 county-dispatched people yield exactly 3; the rest are refused with used / allowed")
	void tenProposalsAtOnceYieldThree() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(10);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<String>> outcomes = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			long id = annual.get(i);
			outcomes.add(pool.submit((Callable<String>) () -> {
				go.await();
				try {
					SystemContext.call("test", () -> service.sign(id,
							new AssessmentService.SignCommand(Step.TOWNSHIP, null, "工作突出，拟评优秀。", Grade.EXCELLENT)));
					return "ok";
				}
				catch (ConflictException ex) {
					return ex.messageKey() + " " + java.util.Arrays.toString(ex.args());
				}
			}));
		}
		go.countDown();
		pool.shutdown();
		assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
		List<String> results = new ArrayList<>();
		for (Future<String> f : outcomes) {
			results.add(f.get());
		}
		assertThat(results).filteredOn("ok"::equals).hasSize(3);
		assertThat(results).filteredOn(r -> !r.equals("ok"))
			.hasSize(7)
			.allSatisfy(r -> assertThat(r).startsWith("assessment.error.quotaFull").contains("3, 3"));
		Long used = jdbc.queryForObject("select count(*) from assessment where quota_node_id is not null and id in ("
				+ annual.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")) + ")", Long.class);
		assertThat(used).isEqualTo(3);
		var usage = SystemContext.call("test", () -> service.quotaUsage(service.view(annual.get(0)))).orElseThrow();
		assertThat(usage.dispatched()).isEqualTo(20);
		assertThat(usage.allowed()).isEqualTo(3);
		assertThat(usage.used()).isEqualTo(3);

		// a return below the township's step gives the place back; another person may then take it
		long holder = annual.stream().filter(id -> service.sheet(id).orElseThrow().grade() == Grade.EXCELLENT).findFirst()
			.orElseThrow();
		SystemContext.run("test", () -> service.giveBack(holder,
				new AssessmentService.ReturnCommand(Step.TOWNSHIP, null, "名额调整")));
		assertThat(SystemContext.call("test", () -> service.quotaUsage(service.view(holder))).orElseThrow().used())
			.isEqualTo(2);
		SystemContext.run("test", () -> service.sign(annual.get(12),
				new AssessmentService.SignCommand(Step.TOWNSHIP, null, "拟评优秀。", Grade.EXCELLENT)));
	}

	@Autowired
	ResultLists results;

	private Assessment sign(long id, Step step, Grade grade) {
		return SystemContext.call("test",
				() -> service.sign(id, new AssessmentService.SignCommand(step, null, "意见：" + step, grade)));
	}

	@Test
	@DisplayName("ASM-2, USE-3: the Annex 5 chain with the unit; the county changes 称职 to 基本称职; the result goes back to the unit and a replacement request opens")
	void annualChainToReplacement() {
		long id = annual.get(3);
		sign(id, Step.TOWNSHIP, Grade.COMPETENT);
		assertThatThrownBy(() -> sign(id, Step.PERSON, null)).isInstanceOf(ConflictException.class);
		sign(id, Step.UNIT, null);
		sign(id, Step.PERSON, null);
		Assessment changed = sign(id, Step.COUNTY_ORG, Grade.BASIC);
		assertThat(changed.getGrade()).isEqualTo(Grade.BASIC);
		assertThat(changed.isComplete()).isFalse();
		Assessment done = sign(id, Step.COUNTY_POVERTY, null);
		assertThat(done.isComplete()).isTrue();
		assertThat(done.getGradeWording()).isEqualTo("基本称职");
		assertThat(done.isFedBackToUnit()).isTrue();
		assertThat(service.annual(people.get(3), year)).contains(Grade.BASIC);
		assertThat(jdbc.queryForObject("select count(*) from replacement_request where person_id = ? and trigger_kind = 'ASSESSMENT'",
				Long.class, people.get(3))).isEqualTo(1);
		var all = SystemContext.call("test", () -> results.annualResults(year));
		assertThat(results.replacement(all)).extracting(r -> r.annual().getId()).contains(id);

		// 称职 but posted only since 1 January: not yet a year of grassroots work experience (USE-2)
		long other = annual.get(4);
		for (Step step : List.of(Step.TOWNSHIP, Step.UNIT, Step.PERSON, Step.COUNTY_ORG, Step.COUNTY_POVERTY)) {
			sign(other, step, step == Step.TOWNSHIP ? Grade.COMPETENT : null);
		}
		var now = SystemContext.call("test", () -> results.annualResults(year));
		int served = service.today().getDayOfYear(); // the day in China, as the service counts it
		assertThat(now).filteredOn(r -> r.annual().getId() == other).singleElement()
			.satisfies(r -> assertThat(r.daysInVillage()).isEqualTo(served));
		if (served < 365) {
			assertThat(results.experience(now)).extracting(r -> r.annual().getId()).doesNotContain(other);
		}
	}

	@Test
	@DisplayName("ASM-5: a person with 1 quarterly 优秀 cannot be proposed 优秀; the refusal names the best grade allowed")
	void oneQuarterlyExcellentIsRefused() {
		assertThatThrownBy(() -> SystemContext.run("test", () -> service.sign(annual.get(19),
				new AssessmentService.SignCommand(Step.TOWNSHIP, null, "拟评优秀。", Grade.EXCELLENT))))
			.isInstanceOf(InvalidInputException.class)
			.extracting(e -> ((DomainException) e).args())
			.isEqualTo(new Object[] { "优秀", "称职" });
	}

	@Test
	@DisplayName("SEC-8: two signatures of one step at once: exactly one succeeds, the other is refused (409)")
	void oneStepSignedTwiceAtOnce() throws Exception {
		long id = annual.get(15);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<String>> outcomes = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			outcomes.add(pool.submit(() -> {
				go.await();
				try {
					SystemContext.call("test", () -> service.sign(id,
							new AssessmentService.SignCommand(Step.TOWNSHIP, null, "称职。", Grade.COMPETENT)));
					return "ok";
				}
				catch (ConflictException ex) {
					return ex.messageKey();
				}
			}));
		}
		go.countDown();
		pool.shutdown();
		assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		assertThat(List.of(outcomes.get(0).get(), outcomes.get(1).get())).containsExactlyInAnyOrder("ok",
				"assessment.error.alreadySigned");
		assertThat(jdbc.queryForObject("select count(*) from assessment_step where assessment_id = ? and step = 'TOWNSHIP'",
				Long.class, id)).isEqualTo(1);
	}

	private long node(String code, String name, String level, long parent) {
		long id = jdbc.queryForObject("select nextval('org_node_seq')", Long.class);
		String path = jdbc.queryForObject("select path from org_node where id = ?", String.class, parent) + id + "/";
		jdbc.update("insert into org_node (id, code, name, level, parent_id, path) values (?, ?, ?, ?, ?, ?)", id, code,
				name, level, parent, path);
		nodes.add(id);
		return id;
	}

	private long assessment(long person, String kind, int quarter, long village, long township, long county,
			boolean complete, String grade) {
		long id = jdbc.queryForObject("select nextval('assessment_seq')", Long.class);
		jdbc.update("insert into assessment (id, kind, period_year, quarter, person_id, person_name, civil_servant, "
				+ "village_node_id, village_name, township_node_id, county_node_id, unit_id, grade, complete, started_by, "
				+ "created_at, updated_at) values (?, ?, ?, ?, ?, '名额测试', true, ?, '测试村', ?, ?, ?, ?, ?, 'test', now(), now())",
				id, kind, year, quarter, person, village, township, county, unit, grade, complete);
		return id;
	}

	private void step(long assessment, String step) {
		jdbc.update("insert into assessment_step (id, assessment_id, step, opinion, signer, signed_on, signed_at) values "
				+ "(nextval('assessment_step_seq'), ?, ?, '测试', 'test', current_date, now())", assessment, step);
	}

}
