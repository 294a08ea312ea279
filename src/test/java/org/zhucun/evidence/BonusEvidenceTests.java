package org.zhucun.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

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
import org.zhucun.evidence.record.EvidenceCommand;
import org.zhucun.evidence.record.EvidenceService;

/** Annex 1–3 on the demo data of 石嘴村: what counts is what the township verified, without line-department funds. */
@IntegrationTest
class BonusEvidenceTests {

	@Autowired
	BonusEvidence bonus;

	@Autowired
	EvidenceService service;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcTemplate jdbc;

	private long shizui() {
		return jdbc.queryForObject("select id from org_node where code = '641101001001'", Long.class);
	}

	@Test
	@DisplayName("Annex 1: an unverified media record does not count")
	void unverifiedMediaDoesNotCount() {
		int year = service.today().minusMonths(2).getYear();
		var media = bonus.countingForTeam(shizui(), year).stream().filter(e -> e.kind() == EvidenceKind.MEDIA).toList();
		assertThat(media).extracting(CountingEvidence::level).containsExactly(EvidenceLevel.CITY);
		assertThat(media.get(0).verifiedBy()).isNotBlank();
		assertThat(jdbc.queryForObject("select count(*) from bonus_evidence where kind = 'MEDIA' and state = 'PENDING' "
				+ "and village_node_id = ?", Long.class, shizui())).isEqualTo(1);
	}

	@Test
	@DisplayName("Annex 2/3: everyone's counting records read at once are those read one by one")
	void countingOfManyAsOfEach() {
		var run = new RunAs(accounts);
		long wang = jdbc.queryForObject("select person_id from user_account where username = 'cadre-wang'", Long.class);
		var entered = run.as("cadre-wang", () -> service.enter(new EvidenceCommand(EvidenceKind.ARTICLE, null, wang,
				EvidenceLevel.CITY, service.today(), "测试文章：一次读取多人", null, null, null), null));
		try {
			run.as("yueyahu-xz", () -> service.verify(entered.getId()));
			int year = service.today().getYear();
			List<Long> people = jdbc.queryForList("select id from person", Long.class);
			var all = bonus.countingForPeople(people, year);
			assertThat(all).hasSize(people.size());
			people.forEach(id -> assertThat(all.get(id)).as(String.valueOf(id))
				.containsExactlyInAnyOrderElementsOf(bonus.countingForPerson(id, year)));
			assertThat(all.get(wang)).extracting(CountingEvidence::title).contains("测试文章：一次读取多人");
		}
		finally {
			jdbc.update("delete from bonus_evidence where id = ?", entered.getId());
		}
	}

	@Test
	@DisplayName("Annex 1 item 4.2: line-department funds do not count as funds secured")
	void lineDepartmentFundsDoNotCount() {
		int year = service.today().minusMonths(3).getYear();
		assertThat(jdbc.queryForObject("select count(*) from bonus_evidence where fund_source = 'LINE_DEPARTMENT_FUNDS' "
				+ "and state = 'VERIFIED' and village_node_id = ?", Long.class, shizui())).isEqualTo(1);
		assertThat(bonus.fundsSecured(shizui(), year)).isEqualByComparingTo(new BigDecimal("200000.00"));
		assertThat(bonus.countingForTeam(shizui(), year)).noneMatch(e -> e.fundSource() == FundSource.LINE_DEPARTMENT_FUNDS);
	}

	@Test
	@DisplayName("Annex 1–3, ORG-5: a refusal needs a reason; a unit cannot verify; a decided record stays decided")
	void verification() {
		var run = new RunAs(accounts);
		var entered = run.as("cadre-wang", () -> service.enter(new EvidenceCommand(EvidenceKind.ARTICLE, null,
				jdbc.queryForObject("select person_id from user_account where username = 'cadre-wang'", Long.class),
				EvidenceLevel.COUNTY, service.today(), "测试文章：驻村工作体会", null, null, null), null));
		try {
			assertThatThrownBy(() -> run.as("caizheng-dw", () -> service.verify(entered.getId())))
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> run.as("zhenbeibu-xz", () -> service.verify(entered.getId())))
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> run.as("yueyahu-xz", () -> service.refuse(entered.getId(), " ")))
				.isInstanceOf(InvalidInputException.class);
			var refused = run.as("yueyahu-xz", () -> service.refuse(entered.getId(), "未见采用证明"));
			assertThat(refused.getState()).isEqualTo(EvidenceState.REFUSED);
			assertThat(refused.isCounting()).isFalse();
			assertThatThrownBy(() -> run.as("shahu-zzb", () -> service.verify(entered.getId())))
				.isInstanceOf(ConflictException.class);
		}
		finally {
			jdbc.update("delete from bonus_evidence where id = ?", entered.getId());
		}
	}

}
