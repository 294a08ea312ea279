package org.zhucun.assessment.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.zhucun.IntegrationTest;
import org.zhucun.RunAs;
import org.zhucun.assessment.rules.GradeRules;
import org.zhucun.scoring.ScoringSheets;

/** The annual computation of a whole scope gives each person what the single assessment page shows (ASM-2, ASM-4, ASM-5, ASM-7). */
@IntegrationTest
class AnnualProposalsTests {

	private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

	@Autowired
	AnnualProposals proposals;

	@Autowired
	AssessmentService service;

	@Autowired
	ScoringSheets sheets;

	@Autowired
	UserDetailsService accounts;

	private RunAs runAs;

	@BeforeEach
	void accounts() {
		runAs = new RunAs(accounts);
	}

	@Test
	@DisplayName("ASM-2, ASM-4, ASM-5: the county's annual computation holds 石嘴村's people with the same sheet total and grade ceiling as computed one by one")
	void sameAsOneByOne() {
		List<AnnualProposals.Line> lines = runAs.as("shahu-zzb", () -> proposals.ofYear(YEAR));
		assertThat(lines).extracting(AnnualProposals.Line::personName).contains("李振华", "王秀英", "王建国");
		for (AnnualProposals.Line line : lines.stream().filter(l -> List.of("李振华", "王秀英", "王建国").contains(l.personName())).toList()) {
			var single = runAs.as("shahu-zzb", () -> sheets.ofPerson(line.personId(), YEAR));
			assertThat(line.sheet().total()).as(line.personName()).isEqualByComparingTo(single.total());
			var ceiling = runAs.as("shahu-zzb", () -> GradeRules.ceiling(service.facts(line.personId(), YEAR, line.villageNodeId())));
			assertThat(line.ceiling().best()).as(line.personName()).isEqualTo(ceiling.best());
			assertThat(line.dutyShare()).as(line.personName()).isNotNull();
		}
	}

	@Test
	@DisplayName("ORG-5: a sibling township's annual computation holds nobody of 月牙湖乡")
	void scoped() {
		List<AnnualProposals.Line> lines = runAs.as("zhenbeibu-xz", () -> proposals.ofYear(YEAR));
		assertThat(lines).extracting(AnnualProposals.Line::personName).doesNotContain("李振华", "王秀英", "王建国");
	}

}
