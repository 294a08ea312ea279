package org.zhucun.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.zhucun.IntegrationTest;
import org.zhucun.RunAs;
import org.zhucun.common.web.ConflictException;
import org.zhucun.common.web.NotFoundException;
import org.zhucun.survey.SatisfactionResults;

/**
 * SAT-1, BUR-3, ORG-5 against PostgreSQL: surveys of a test person of 石嘴村 (月牙湖乡), with their own
 * ids, removed after each test.
 */
@IntegrationTest
class SatisfactionSurveyTests {

	@Autowired
	SurveyService service;

	@Autowired
	VotingService voting;

	@Autowired
	SatisfactionResults results;

	@Autowired
	SurveyRepository surveys;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcTemplate jdbc;

	private TestSurveys tests;

	private RunAs run() {
		return new RunAs(accounts);
	}

	private Survey survey(SurveySubject subject) {
		if (tests == null) {
			tests = new TestSurveys(surveys, jdbc);
		}
		return tests.of(subject, "测评对象" + ThreadLocalRandom.current().nextInt(1_000_000));
	}

	@AfterEach
	void removeTestSurveys() {
		if (tests != null) {
			tests.removeAll();
		}
	}

	@Test
	@DisplayName("SAT-1: a survey with 29 valid votes (online and paper) of its minimum 30 is not valid")
	void twentyNineValidVotesAreNotValid() {
		Survey s = survey(SurveySubject.LEADER);
		List<SurveyService.Slip> slips = run().as("yueyahu-xz",
				() -> service.generateCodes(s.getId(), RaterGroup.PARTY_MEMBERS, 4));
		slips.forEach(slip -> voting.vote(slip.code(), Answer.SATISFIED, "test"));
		run().run("yueyahu-xz", () -> service.enterTally(s.getId(), RaterGroup.VILLAGER_REPRESENTATIVES, 20, 4, 1));
		var result = results.ofPerson(s.getPersonId(), 2026).orElseThrow();
		assertThat(result.validVotes()).isEqualTo(29);
		assertThat(result.minimumRaters()).isEqualTo(30);
		assertThat(result.valid()).isFalse();
		assertThat(result.score()).isNull();
		assertThat(result.explanation()).isEqualTo("29 < 30");
	}

	@Test
	@DisplayName("SAT-1, SCO-X: 30 valid votes, 25 satisfied + 4 fairly + 1 dissatisfied, score 9.00 out of 10")
	void thirtyValidVotesScore() {
		Survey s = survey(SurveySubject.LEADER);
		List<SurveyService.Slip> slips = run().as("yueyahu-xz",
				() -> service.generateCodes(s.getId(), RaterGroup.PARTY_MEMBERS, 5));
		slips.forEach(slip -> voting.vote(slip.code(), Answer.SATISFIED, "test"));
		run().run("yueyahu-xz", () -> service.enterTally(s.getId(), RaterGroup.VILLAGER_REPRESENTATIVES, 20, 4, 1));
		var result = results.ofPerson(s.getPersonId(), 2026).orElseThrow();
		assertThat(result.valid()).isTrue();
		assertThat(result.satisfied()).isEqualTo(25);
		assertThat(result.score()).isEqualTo(new BigDecimal("9.00"));
		assertThat(result.explanation()).contains("10 × (1 × 25 + 0.5 × 4 + 0 × 1) / 30 = 9.00");
		assertThat(results.ofPeople(List.of(s.getPersonId(), -1L), 2026)).containsOnlyKeys(s.getPersonId())
			.containsValue(result);
		var detail = run().as("shahu-zzb", () -> service.detail(s.getId()));
		assertThat(detail.groups()).extracting(SurveyService.GroupLine::group)
			.containsExactly(RaterGroup.VILLAGE_CADRES, RaterGroup.PARTY_MEMBERS, RaterGroup.VILLAGER_REPRESENTATIVES);
		assertThat(detail.groups().get(1).online().satisfied()).isEqualTo(5);
		assertThat(detail.groups().get(1).codesUsed()).isEqualTo(5);
	}

	@Test
	@DisplayName("SAT-1, SCO-X: the work team of 石嘴村 (demo, Annex 1) has 32 valid votes of four groups: 10 × (26 + 0.5 × 5) / 32 = 8.91")
	void teamResult() {
		long village = jdbc.queryForObject("select id from org_node where code = '641101001001'", Long.class);
		int year = service.today().getYear();
		var team = results.ofTeam(village, year).orElseThrow();
		assertThat(team.validVotes()).isEqualTo(32);
		assertThat(team.minimumRaters()).isEqualTo(30);
		assertThat(team.score()).isEqualTo(new BigDecimal("8.91"));
		assertThat(team.explanation()).endsWith("10 × (1 × 26 + 0.5 × 5 + 0 × 1) / 32 = 8.91");
		assertThat(results.ofTeams(List.of(village), year)).containsEntry(village, team);
		assertThat(results.ofTeam(village, 1999)).isEmpty();
	}

	@Test
	@DisplayName("SAT-1: a member's survey (Annex 3) needs 20 villager representatives, set up from the posting's role")
	void memberNeedsTwenty() {
		Survey s = survey(SurveySubject.MEMBER);
		assertThat(s.getMinimumRaters()).isEqualTo(20);
		assertThat(s.getGroups()).containsExactly(RaterGroup.VILLAGER_REPRESENTATIVES);
		run().run("yueyahu-xz", () -> service.enterTally(s.getId(), RaterGroup.VILLAGER_REPRESENTATIVES, 20, 0, 0));
		assertThat(results.ofPerson(s.getPersonId(), 2026).orElseThrow().valid()).isTrue();
		assertThatThrownBy(
				() -> run().as("yueyahu-xz", () -> service.enterTally(s.getId(), RaterGroup.PARTY_MEMBERS, 1, 0, 0)))
			.isInstanceOf(org.zhucun.common.web.InvalidInputException.class);
	}

	@Test
	@DisplayName("SAT-1: a one-time code votes once; a second vote is refused with a clear message")
	void codeVotesOnce() {
		Survey s = survey(SurveySubject.MEMBER);
		String code = run().as("yueyahu-xz", () -> service.generateCodes(s.getId(), RaterGroup.VILLAGER_REPRESENTATIVES, 1))
			.get(0)
			.code();
		assertThat(voting.ballot(SurveyCodes.display(code).toLowerCase(), "test").personName()).isEqualTo(s.getPersonName());
		voting.vote(code, Answer.FAIRLY_SATISFIED, "test");
		assertThatThrownBy(() -> voting.vote(code, Answer.SATISFIED, "test")).isInstanceOf(ConflictException.class)
			.hasMessage("survey.vote.error.used");
		assertThatThrownBy(() -> voting.ballot(code, "test")).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> voting.vote("ZZZZ-ZZZZ", Answer.SATISFIED, "test")).isInstanceOf(NotFoundException.class)
			.hasMessage("survey.vote.error.unknown");
		var result = results.ofPerson(s.getPersonId(), 2026).orElseThrow();
		assertThat(result.validVotes()).isEqualTo(1);
		assertThat(result.fairlySatisfied()).isEqualTo(1);
	}

	@Test
	@DisplayName("SAT-1, SEC-8: two phones sending the same code at once count exactly one vote (PostgreSQL)")
	void concurrentVotesCountOnce() throws Exception {
		Survey s = survey(SurveySubject.MEMBER);
		String code = run().as("yueyahu-xz", () -> service.generateCodes(s.getId(), RaterGroup.VILLAGER_REPRESENTATIVES, 1))
			.get(0)
			.code();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Boolean>> attempts = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				attempts.add(pool.submit(() -> {
					start.await();
					try {
						voting.vote(code, Answer.SATISFIED, "test");
						return true;
					}
					catch (ConflictException ex) {
						return false;
					}
				}));
			}
			start.countDown();
			int counted = 0;
			for (Future<Boolean> f : attempts) {
				counted += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
			}
			assertThat(counted).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.queryForObject("select count(*) from survey_vote where survey_id = ?", Long.class, s.getId()))
			.isEqualTo(1);
	}

	@Test
	@DisplayName("SAT-1: the vote is anonymous: its row names neither the code nor a time; the code keeps only the day")
	void voteDoesNotReferenceTheCode() {
		Survey s = survey(SurveySubject.MEMBER);
		String code = run().as("yueyahu-xz", () -> service.generateCodes(s.getId(), RaterGroup.VILLAGER_REPRESENTATIVES, 1))
			.get(0)
			.code();
		voting.vote(code, Answer.DISSATISFIED, "test");
		assertThat(jdbc.queryForList("select column_name from information_schema.columns where table_name = 'survey_vote'",
				String.class))
			.containsExactlyInAnyOrder("id", "survey_id", "rater_group", "answer");
		var row = jdbc.queryForMap("select * from survey_vote where survey_id = ?", s.getId());
		assertThat(row.values()).doesNotContain(code);
		var used = jdbc.queryForObject("select used_at from survey_code where survey_id = ?", java.sql.Timestamp.class,
				s.getId());
		assertThat(used.toInstant()).isEqualTo(used.toInstant().truncatedTo(java.time.temporal.ChronoUnit.DAYS));
		assertThat(jdbc.queryForObject("select count(*) from survey_code where survey_id = ? and code_encrypted like ?",
				Long.class, s.getId(), "%" + code + "%")).isZero();
	}

	@Test
	@DisplayName("BUR-3: a paper tally records who entered it; a correction replaces it and is in the audit log")
	void paperTallyRecordsWhoEnteredIt() {
		Survey s = survey(SurveySubject.MEMBER);
		var first = run().as("yueyahu-xz",
				() -> service.enterTally(s.getId(), RaterGroup.VILLAGER_REPRESENTATIVES, 18, 2, 0));
		assertThat(first.getEnteredBy()).isEqualTo("月牙湖乡党委 马军");
		assertThat(first.getEnteredAt()).isNotNull();
		var corrected = run().as("yueyahu-xz",
				() -> service.enterTally(s.getId(), RaterGroup.VILLAGER_REPRESENTATIVES, 17, 2, 1));
		assertThat(corrected.getId()).isEqualTo(first.getId());
		assertThat(results.ofPerson(s.getPersonId(), 2026).orElseThrow().dissatisfied()).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'SurveyTally' and entity_id = ?",
				Long.class, String.valueOf(first.getId()))).isGreaterThanOrEqualTo(2);
		run().run("yueyahu-xz", () -> service.close(s.getId()));
		assertThatThrownBy(() -> run().as("yueyahu-xz",
				() -> service.enterTally(s.getId(), RaterGroup.VILLAGER_REPRESENTATIVES, 20, 0, 0)))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	@DisplayName("SAT-1: a code of a closed survey is refused")
	void closedSurveyRefusesCodes() {
		Survey s = survey(SurveySubject.MEMBER);
		String code = run().as("yueyahu-xz", () -> service.generateCodes(s.getId(), RaterGroup.VILLAGER_REPRESENTATIVES, 1))
			.get(0)
			.code();
		run().run("yueyahu-xz", () -> service.close(s.getId()));
		assertThatThrownBy(() -> voting.vote(code, Answer.SATISFIED, "test")).isInstanceOf(ConflictException.class)
			.hasMessage("survey.vote.error.closed");
	}

	@Test
	@DisplayName("ORG-5: a sibling township or county cannot see or change a survey of 月牙湖乡")
	void outsideTheScope() {
		Survey s = survey(SurveySubject.MEMBER);
		for (String outsider : List.of("zhenbeibu-xz", "huanghe-zzb")) {
			assertThat(run().as(outsider, () -> service.list(2026))).extracting(r -> r.survey().getId())
				.doesNotContain(s.getId());
			assertThatThrownBy(() -> run().as(outsider, () -> service.detail(s.getId())))
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> run().as(outsider, () -> service.unusedSlips(s.getId())))
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> run().as(outsider,
					() -> service.enterTally(s.getId(), RaterGroup.VILLAGER_REPRESENTATIVES, 20, 0, 0)))
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> run().as(outsider,
					() -> service.generateCodes(s.getId(), RaterGroup.VILLAGER_REPRESENTATIVES, 1)))
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> run().as(outsider, () -> service.close(s.getId())))
				.isInstanceOf(NotFoundException.class);
		}
		assertThat(run().as("shahu-fpb", () -> service.list(2026))).extracting(r -> r.survey().getId())
			.contains(s.getId());
	}

	@Test
	@DisplayName("ORG-5: a sibling township setting up its year leaves the surveys of 月牙湖乡 alone")
	void siblingSetUpStaysInItsVillages() {
		Survey s = survey(SurveySubject.MEMBER);
		String sql = "select count(*) || '/' || coalesce(sum(version), 0) from survey where township_node_id = ?";
		String before = jdbc.queryForObject(sql, String.class, s.getTownshipNodeId());
		List<Long> existing = jdbc.queryForList("select id from survey", Long.class);
		try {
			run().as("zhenbeibu-xz", () -> service.setUpYear(service.today().getYear()));
			assertThat(jdbc.queryForObject(sql, String.class, s.getTownshipNodeId())).isEqualTo(before);
		}
		finally {
			jdbc.queryForList("select id from survey", Long.class)
				.stream()
				.filter(id -> !existing.contains(id))
				.forEach(tests::alsoRemove);
		}
	}

}
