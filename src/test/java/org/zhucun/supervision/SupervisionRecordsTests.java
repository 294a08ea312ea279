package org.zhucun.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.zhucun.IntegrationTest;
import org.zhucun.RunAs;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.common.web.NotFoundException;
import org.zhucun.supervision.TrainingRecords.TrainingSummary;
import org.zhucun.supervision.discipline.RecordCommand;
import org.zhucun.supervision.discipline.SupervisionService;
import org.zhucun.supervision.training.TrainingService;

@IntegrationTest
class SupervisionRecordsTests {

	@Autowired
	TrainingService training;

	@Autowired
	SupervisionService supervision;

	@Autowired
	DisciplineRecords discipline;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeOwnRecords() {
		jdbc.update("delete from discipline_record where issuing_body = '测试纪委'");
	}

	@Test
	@DisplayName("TRN-1: 王建国, with 4 days of off-the-job training in 2026, is listed for the county as 1 day short")
	void shortfallListedForCounty() {
		List<TrainingSummary> list = new RunAs(accounts).as("shahu-zzb", () -> training.shortfalls(2026));
		TrainingSummary wang = list.stream().filter(s -> s.personName().equals("王建国")).findFirst().orElseThrow();
		assertThat(wang.offJobDays()).isEqualTo(4);
		assertThat(wang.minimum()).isEqualTo(5);
		assertThat(wang.shortfall()).isEqualTo(1);
	}

	@Test
	@DisplayName("TRN-1, ORG-5: a sibling county and a sibling township see neither 沙湖县's course nor 王建国's shortfall")
	void trainingOutsidersRefused() {
		RunAs as = new RunAs(accounts);
		long course = jdbc.queryForObject("select id from training_course where organiser_level = 'COUNTY' and title like '沙湖县%'",
				Long.class);
		assertThatThrownBy(() -> as.run("huanghe-zzb", () -> training.course(course))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> as.run("zhenbeibu-xz", () -> training.course(course))).isInstanceOf(NotFoundException.class);
		assertThat(as.as("huanghe-zzb", () -> training.shortfalls(2026))).noneMatch(s -> s.personName().equals("王建国"));
		assertThat(as.as("yueyahu-xz", () -> training.course(course)).attendance()).isNotEmpty();
	}

	@Test
	@DisplayName("SUP-2: criticism notices are counted and lax discipline and inaction are found for the person's year")
	void summaryOfTheYear() {
		RunAs as = new RunAs(accounts);
		long wangxy = person("王秀英");
		as.run("shahu-zzb", () -> {
			supervision.createRecord(record(DisciplineKind.CRITICISM_NOTICE, null, wangxy));
			supervision.createRecord(record(DisciplineKind.CRITICISM_NOTICE, null, wangxy));
			supervision.createRecord(record(DisciplineKind.DISCIPLINE_VIOLATION, Severity.LAX_DISCIPLINE, wangxy));
			supervision.createRecord(record(DisciplineKind.INACTION, null, wangxy));
		});
		var summary = discipline.ofPerson(wangxy, 2025);
		assertThat(summary.criticismNotices()).isEqualTo(2);
		assertThat(summary.laxDiscipline()).isTrue();
		assertThat(summary.derelictionOrSerious()).isFalse();
		assertThat(summary.inaction()).isTrue();
		assertThat(discipline.ofPerson(wangxy, 2024).criticismNotices()).isZero();
		long li = person("李振华");
		assertThat(discipline.ofPeople(List.of(wangxy, li), 2025)).as("read for many at once, as for each alone")
			.containsOnly(java.util.Map.entry(wangxy, summary), java.util.Map.entry(li, discipline.ofPerson(li, 2025)));
	}

	@Test
	@DisplayName("SUP-2: a discipline violation without its severity is refused")
	void violationNeedsSeverity() {
		assertThatThrownBy(() -> new RunAs(accounts).run("shahu-zzb",
				() -> supervision.createRecord(record(DisciplineKind.DISCIPLINE_VIOLATION, null, person("王秀英")))))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	@DisplayName("SUP-1, SUP-2, ORG-5: a sibling township cannot see 沙湖县's inspection; a sibling county cannot record a notice about 李振华")
	void supervisionOutsidersRefused() {
		RunAs as = new RunAs(accounts);
		long inspection = jdbc.queryForObject("select id from inspection where team = '沙湖县委组织部第一督导组'", Long.class);
		assertThatThrownBy(() -> as.run("zhenbeibu-xz", () -> supervision.inspection(inspection)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> as.run("huanghe-zzb", () -> supervision.createRecord(new RecordCommand(
				DisciplineKind.CRITICISM_NOTICE, null, "641102", person("李振华"), LocalDate.of(2025, 5, 6), "测试纪委", "越权"))))
			.isInstanceOf(InvalidInputException.class);
		var seen = as.as("yueyahu-xz", () -> supervision.inspection(inspection));
		assertThat(seen.findings()).anyMatch(f -> f.getPersonName().equals("王建国"));
	}

	private RecordCommand record(DisciplineKind kind, Severity severity, long personId) {
		return new RecordCommand(kind, severity, "641101", personId, LocalDate.of(2025, 5, 6), "测试纪委", "测试记录");
	}

	private long person(String name) {
		return jdbc.queryForObject("select id from person where name = ?", Long.class, name);
	}

}
