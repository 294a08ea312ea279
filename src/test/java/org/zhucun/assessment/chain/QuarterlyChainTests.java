package org.zhucun.assessment.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.zhucun.IntegrationTest;
import org.zhucun.RunAs;
import org.zhucun.assessment.Grade;
import org.zhucun.assessment.rules.AssessmentKind;
import org.zhucun.assessment.rules.Step;
import org.zhucun.common.web.ConflictException;
import org.zhucun.common.web.DomainException;
import org.zhucun.common.web.NotFoundException;

/**
 * ASM-1: the quarterly assessment of 王秀英 (石嘴村) through the Annex 4 chain, each step by its own
 * office, in order; out of order is refused (409), a county office returns it with a reason kept in the
 * history, an outsider sees nothing (ORG-5).
 */
@IntegrationTest
class QuarterlyChainTests {

	@Autowired
	AssessmentService service;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcTemplate jdbc;

	RunAs runAs;

	long person;

	int year;

	int quarter;

	@BeforeEach
	void freshQuarter() {
		runAs = new RunAs(accounts);
		person = jdbc.queryForObject("select id from person where name = '王秀英'", Long.class);
		year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
		quarter = service.currentQuarter();
		removeAssessment();
	}

	@AfterEach
	void removeAssessment() {
		TestRecords.deleteAssessments(jdbc, "person_id = " + person + " and kind = 'QUARTERLY' and period_year = "
				+ year + " and quarter = " + quarter);
	}

	private Assessment sign(String user, long id, Step step, String opinion, Grade grade) {
		return runAs.as(user, () -> service.sign(id, new AssessmentService.SignCommand(step, null, opinion, grade)));
	}

	@Test
	@DisplayName("ASM-1, BUR-3, SEC-8: every step of Annex 4 by its office, in order; the county returns it with a reason; the grade stands at the end")
	void chainInOrder() {
		Assessment a = runAs.as("yueyahu-xz", () -> service.start(person, AssessmentKind.QUARTERLY, year, quarter));
		long id = a.getId();
		assertThat(runAs.as("yueyahu-xz", () -> service.prefill(service.view(id)))).contains("工作日志");

		// the township enters the person's summary from the paper form
		Assessment s = sign("yueyahu-xz", id, Step.SUMMARY, "本季度走访农户 30 户。", null);
		assertThat(s.signed(Step.SUMMARY).orElseThrow().isOnPaper()).isTrue();
		assertThat(s.signed(Step.SUMMARY).orElseThrow().getSigner()).contains("月牙湖乡党委");

		// the township cannot jump ahead of the village branch
		assertThatThrownBy(() -> sign("yueyahu-xz", id, Step.TOWNSHIP, "好", Grade.COMPETENT))
			.isInstanceOf(ConflictException.class)
			.extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("assessment.error.outOfOrder");
		// an office of another township does not even see it
		assertThatThrownBy(() -> runAs.as("zhenbeibu-xz", () -> service.view(id))).isInstanceOf(NotFoundException.class);

		sign("yueyahu-cun1", id, Step.VILLAGE, "同意。", null);
		assertThatThrownBy(() -> sign("yueyahu-xz", id, Step.VILLAGE, "再签", null)).isInstanceOf(ConflictException.class);
		Assessment t = sign("yueyahu-xz", id, Step.TOWNSHIP, "工作扎实。", Grade.COMPETENT);
		assertThat(t.getGrade()).isEqualTo(Grade.COMPETENT);
		assertThat(t.isComplete()).isFalse();
		assertThatThrownBy(() -> sign("shahu-zzb", id, Step.COUNTY_ORG, "同意", null)).isInstanceOf(ConflictException.class);
		sign("yueyahu-xz", id, Step.PERSON, "无异议。", null);

		// the region's department is not the county's: it may not sign for 沙湖县
		assertThatThrownBy(() -> sign("region-zzb", id, Step.COUNTY_ORG, "同意", null))
			.isInstanceOf(AccessDeniedException.class);

		// the poverty office sends it back to the township with a reason
		Assessment back = runAs.as("shahu-fpb",
				() -> service.giveBack(id, new AssessmentService.ReturnCommand(Step.TOWNSHIP, null, "请补充扶贫项目进展")));
		assertThat(back.signedSteps()).containsExactlyInAnyOrder(Step.SUMMARY, Step.VILLAGE);
		assertThat(back.getGrade()).isNull();
		assertThat(back.getHistory()).anySatisfy(e -> {
			assertThat(e.getAction()).isEqualTo(AssessmentEvent.Action.RETURNED);
			assertThat(e.getText()).isEqualTo("请补充扶贫项目进展");
			assertThat(e.getTargetStep()).isEqualTo(Step.TOWNSHIP);
		});

		sign("yueyahu-xz", id, Step.TOWNSHIP, "已补充：枸杞项目已验收。", Grade.EXCELLENT);
		sign("yueyahu-xz", id, Step.PERSON, "无异议。", null);
		// the two county offices in either order
		sign("shahu-fpb", id, Step.COUNTY_POVERTY, "同意。", null);
		Assessment done = sign("shahu-zzb", id, Step.COUNTY_ORG, "同意。", null);
		assertThat(done.isComplete()).isTrue();
		assertThat(done.getGrade()).isEqualTo(Grade.EXCELLENT);
		assertThat(done.getSteps()).extracting(StepRecord::getStep).containsExactly(Step.SUMMARY, Step.VILLAGE,
				Step.TOWNSHIP, Step.PERSON, Step.COUNTY_ORG, Step.COUNTY_POVERTY);
		assertThat(service.quarterly(person, year, quarter)).contains(Grade.EXCELLENT);
		assertThat(service.sheet(id).orElseThrow().steps()).extracting(x -> x.signer())
			.contains("沙湖县委组织部 王芳", "沙湖县扶贫办 刘洋", "月牙湖乡一村党支部 周平");
		// the printed forms of the township's quarter read every opinion, signer, date and grade
		assertThat(service.sheets(java.util.List.of(done.getVillageNodeId()), year, quarter))
			.filteredOn(x -> x.id() == id)
			.singleElement()
			.satisfies(x -> {
				assertThat(x.grade()).isEqualTo(Grade.EXCELLENT);
				assertThat(x.steps()).hasSize(6).allSatisfy(step -> assertThat(step.signedOn()).isNotNull());
			});
		assertThatThrownBy(() -> sign("shahu-zzb", id, Step.COUNTY_ORG, "再签", null)).isInstanceOf(ConflictException.class)
			.extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("assessment.error.complete");
	}

}
