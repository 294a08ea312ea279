package org.zhucun.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.YearMonth;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.zhucun.IntegrationTest;
import org.zhucun.RunAs;
import org.zhucun.attendance.register.AttendanceRegisterService;
import org.zhucun.common.web.DomainException;
import org.zhucun.leave.request.LeaveService;
import org.zhucun.leave.rules.LeaveRoute;
import org.zhucun.policy.parameter.PolicyCommand;
import org.zhucun.policy.parameter.PolicyService;
import org.zhucun.scope.TestTokens;

/**
 * POL-1 against PostgreSQL: the policy numbers default to the seed's, a county sets its own from a
 * year on, the nearest place wins, a past year keeps its numbers, and the rules that use them —
 * the leave route (LEA-1) and the monthly minimum (ATT-4) — follow. Settings made here are removed
 * after each test.
 */
@IntegrationTest
class PolicyParametersTests {

	@Autowired
	PolicyParameters parameters;

	@Autowired
	PolicyService policy;

	@Autowired
	AttendanceRegisterService registers;

	@Autowired
	LeaveService leave;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void removeSettings() {
		jdbc.update("delete from policy_setting");
	}

	@Test
	@DisplayName("POL-1: without settings every number is the seed's: 3 working days of leave, 20 days a month, 240 a year, 15 days of absence")
	void seedDefaults() {
		long village = node("641101001001");
		assertThat(parameters.value(PolicyKey.LEAVE_TOWNSHIP_MAX_WORKING_DAYS, village, 2026)).isEqualTo(3);
		assertThat(parameters.value(PolicyKey.ATTENDANCE_MONTHLY_MINIMUM_DAYS, village, 2026)).isEqualTo(20);
		assertThat(parameters.value(PolicyKey.ATTENDANCE_TEAM_YEARLY_DAYS, village, 2026)).isEqualTo(240);
		assertThat(parameters.value(PolicyKey.ATTENDANCE_YEARLY_ABSENCE_LIMIT, village, 2026)).isEqualTo(15);
		assertThat(parameters.valueFor(PolicyKey.ATTENDANCE_MONTHLY_MINIMUM_DAYS, village, 2026).overridden()).isFalse();
	}

	@Test
	@DisplayName("POL-1, ATT-4: 沙湖县 sets 18 days a month from 2027: its 2027 registers require 18, 2026 keeps 20, 黄河县 keeps 20")
	void countySetsItsOwnFromAYear() {
		new RunAs(accounts).run("shahu-zzb", () -> policy
			.set(new PolicyCommand("641101", PolicyKey.ATTENDANCE_MONTHLY_MINIMUM_DAYS, 2027, 18, "县委组织部部务会议决定")));
		PolicyValue in2027 = parameters.valueFor(PolicyKey.ATTENDANCE_MONTHLY_MINIMUM_DAYS, node("641101001001"), 2027);
		assertThat(in2027.value()).isEqualTo(18);
		assertThat(in2027.setByPlace()).isEqualTo("沙湖县");
		assertThat(in2027.reason()).isEqualTo("县委组织部部务会议决定");
		assertThat(parameters.value(PolicyKey.ATTENDANCE_MONTHLY_MINIMUM_DAYS, node("641101001001"), 2026)).isEqualTo(20);
		assertThat(parameters.value(PolicyKey.ATTENDANCE_MONTHLY_MINIMUM_DAYS, node("641102"), 2027)).isEqualTo(20);
		RunAs runAs = new RunAs(accounts);
		assertThat(runAs.as("yueyahu-xz", () -> registers.register("641101001", YearMonth.of(2027, 1))).minimumDays())
			.isEqualTo(18);
		assertThat(runAs.as("yueyahu-xz", () -> registers.register("641101001", YearMonth.of(2026, 10))).minimumDays())
			.isEqualTo(20);
	}

	@Test
	@DisplayName("POL-1, LEA-1: the region allows 5 days from 2027 and 沙湖县 4: a 4-working-day leave of 王建国 in 2027 goes to the township")
	void nearestPlaceDecidesTheLeaveRoute() {
		RunAs runAs = new RunAs(accounts);
		runAs.run("region-zzb", () -> policy
			.set(new PolicyCommand("640000", PolicyKey.LEAVE_TOWNSHIP_MAX_WORKING_DAYS, 2027, 5, "自治区文件")));
		runAs.run("shahu-zzb", () -> policy
			.set(new PolicyCommand("641101", PolicyKey.LEAVE_TOWNSHIP_MAX_WORKING_DAYS, 2027, 4, "县委文件")));
		assertThat(parameters.value(PolicyKey.LEAVE_TOWNSHIP_MAX_WORKING_DAYS, node("641101001001"), 2027)).isEqualTo(4);
		assertThat(parameters.value(PolicyKey.LEAVE_TOWNSHIP_MAX_WORKING_DAYS, node("641102"), 2027)).isEqualTo(5);
		long wang = jdbc.queryForObject("select id from person where name = '王建国'", Long.class);
		// Mon 2027-01-04 to Thu 2027-01-07: 4 working days (2027's schedule is not yet known: weekends only)
		var preview = runAs.as("cadre-wang", () -> leave.preview(wang, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 7)));
		assertThat(preview.workingDays()).isEqualTo(4);
		assertThat(preview.route()).isEqualTo(LeaveRoute.TOWNSHIP);
		var in2026 = runAs.as("cadre-wang", () -> leave.preview(wang, LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 24)));
		assertThat(in2026.route()).as("2026 keeps the measures' 3 days").isEqualTo(LeaveRoute.COUNTY_AND_UNIT);
	}

	@Test
	@DisplayName("POL-1: a year already over cannot be changed; a value out of range or without a basis is refused")
	void pastYearsAndBadValuesAreRefused() {
		RunAs runAs = new RunAs(accounts);
		int lastYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;
		assertThatThrownBy(() -> runAs.run("shahu-zzb", () -> policy
			.set(new PolicyCommand("641101", PolicyKey.ATTENDANCE_YEARLY_ABSENCE_LIMIT, lastYear, 10, "追溯"))))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.messageKey()).isEqualTo("policy.error.pastYear"));
		assertThatThrownBy(() -> runAs.run("shahu-zzb", () -> policy
			.set(new PolicyCommand("641101", PolicyKey.ATTENDANCE_MONTHLY_MINIMUM_DAYS, 2027, 40, "错误"))))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.messageKey()).isEqualTo("policy.error.outOfRange"));
		assertThatThrownBy(() -> runAs.run("shahu-zzb", () -> policy
			.set(new PolicyCommand("641101", PolicyKey.ATTENDANCE_MONTHLY_MINIMUM_DAYS, 2027, 18, " "))))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.messageKey()).isEqualTo("policy.error.reason"));
		assertThat(jdbc.queryForObject("select count(*) from policy_setting", Integer.class)).isZero();
	}

	@Test
	@DisplayName("POL-1, ORG-5: 黄河县 cannot set 沙湖县's numbers (404) and a township none (403); the API answers in Chinese")
	void onlyTheOwnPlace() throws Exception {
		String body = "{\"place\":\"641101\",\"key\":\"ATTENDANCE_YEARLY_ABSENCE_LIMIT\",\"fromYear\":2027,\"value\":10,\"reason\":\"越权\"}";
		mvc.perform(put("/api/v1/policy").header("Authorization", "Bearer " + TestTokens.of(mvc, "huanghe-zzb"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/policy").header("Authorization", "Bearer " + TestTokens.of(mvc, "yueyahu-xz"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/policy").header("Authorization", "Bearer " + TestTokens.of(mvc, "shahu-zzb"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("越权", "县委文件")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.value").value(10))
			.andExpect(jsonPath("$.setByPlace").value("沙湖县"));
		assertThat(jdbc.queryForObject("select count(*) from policy_setting where reason = '越权'", Integer.class)).isZero();
	}

	@Test
	@DisplayName("POL-1: the page shows each number in force with its source, and its form sets one with the basis")
	void page() throws Exception {
		var county = org.zhucun.DemoLogin.as(mvc, "shahu-zzb");
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/policy").cookie(county)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("place", "641101").param("key", "ATTENDANCE_TEAM_YEARLY_DAYS").param("fromYear", "2027")
			.param("value", "230").param("reason", "县委〔2026〕12号")).andExpect(status().is3xxRedirection());
		String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/policy")
			.param("place", "641101").param("year", "2027").cookie(county)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("每月驻村最少工作日", "办法规定（默认 20）", "工作队每年驻村工作日",
				"沙湖县 自 2027 年起设定（依据：县委〔2026〕12号）", "自 2027 年起为 230");
	}

	private long node(String code) {
		return jdbc.queryForObject("select id from org_node where code = ?", Long.class, code);
	}

}
