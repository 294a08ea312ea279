package org.zhucun.leave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.zhucun.DemoLogin;
import org.zhucun.IntegrationTest;
import org.zhucun.common.web.ConflictException;
import org.zhucun.common.web.DomainException;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.common.web.NotFoundException;
import org.zhucun.leave.request.DecisionCommand;
import org.zhucun.leave.request.LeaveCommand;
import org.zhucun.leave.request.LeaveRequest;
import org.zhucun.leave.request.LeaveService;
import org.zhucun.leave.request.ReturnCommand;
import org.zhucun.leave.rules.LeaveRoute;
import org.zhucun.leave.rules.LeaveState;
import org.zhucun.scope.TestTokens;

/**
 * LEA-1..3 through the service and the API, against PostgreSQL, with real 2026 dates and the
 * State Council's schedule. Requests made here carry the reason prefix "测试" and are removed after
 * each test.
 */
@IntegrationTest
@RecordApplicationEvents
class LeaveWorkflowTests {

	static final String TEST = "测试：";

	@Autowired
	LeaveService leave;

	@Autowired
	LeaveCalendar leaveCalendar;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEvents events;

	@AfterEach
	void removeTestRequests() {
		jdbc.update("delete from leave_decision where request_id in (select id from leave_request where reason like ?)",
				TEST + "%");
		jdbc.update("delete from leave_request where reason like ?", TEST + "%");
	}

	@Test
	@DisplayName("LEA-1: Fri 2026-11-06 – Tue 2026-11-10 counts 3 working days (weekend excluded), goes to the township, whose approval alone approves it")
	void threeWorkingDaysApprovedByTheTownship() {
		LeaveRequest r = request("cadre-wang", wang(), "2026-11-06", "2026-11-10");
		assertThat(r.getWorkingDays()).isEqualTo(3);
		assertThat(r.getRoute()).isEqualTo(LeaveRoute.TOWNSHIP);
		LeaveRequest decided = as("yueyahu-xz", () -> leave.decide(r.getId(), new DecisionCommand(true, "同意")));
		assertThat(decided.getState()).isEqualTo(LeaveState.APPROVED);
		assertThat(events.stream(LeaveDecided.class).filter(e -> e.requestId() == r.getId()))
			.containsExactly(new LeaveDecided(r.getId(), wang(), r.getVillageNodeId(), date("2026-11-06"),
					date("2026-11-10"), true));
		assertThat(leaveCalendar.approvedLeaveDays(wang(), date("2026-11-01"), date("2026-11-30")))
			.containsExactlyInAnyOrder(date("2026-11-06"), date("2026-11-09"), date("2026-11-10"));
	}

	@Test
	@DisplayName("LEA-2: a 4-working-day leave is not the township's to decide; approved by the county only it stays pending until the unit approves")
	void fourWorkingDaysNeedCountyAndUnit() {
		LeaveRequest r = request("cadre-wang", wang(), "2026-11-09", "2026-11-12");
		assertThat(r.getWorkingDays()).isEqualTo(4);
		assertThat(r.getRoute()).isEqualTo(LeaveRoute.COUNTY_AND_UNIT);
		assertThatThrownBy(() -> as("yueyahu-xz", () -> leave.decide(r.getId(), new DecisionCommand(true, null))))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.status().value()).isEqualTo(403));
		assertThat(as("shahu-zzb", () -> leave.decide(r.getId(), new DecisionCommand(true, "同意"))).getState())
			.isEqualTo(LeaveState.PENDING);
		assertThat(leaveCalendar.approvedLeaveDays(wang(), date("2026-11-09"), date("2026-11-12"))).isEmpty();
		assertThat(as("caizheng-dw", () -> leave.decide(r.getId(), new DecisionCommand(true, "同意"))).getState())
			.isEqualTo(LeaveState.APPROVED);
		assertThat(leaveCalendar.approvedLeaveDays(wang(), date("2026-11-09"), date("2026-11-12"))).hasSize(4);
	}

	@Test
	@DisplayName("LEA-2: a 4-working-day leave is refused if either refuses, in either order; a late decision then gets 409")
	void eitherRefusalRefuses() {
		LeaveRequest first = request("cadre-wang", wang(), "2026-11-09", "2026-11-12");
		as("shahu-zzb", () -> leave.decide(first.getId(), new DecisionCommand(true, null)));
		assertThat(as("caizheng-dw", () -> leave.decide(first.getId(), new DecisionCommand(false, "年底决算期间不宜离岗")))
			.getState()).isEqualTo(LeaveState.REFUSED);

		LeaveRequest second = request("cadre-wang", wang(), "2026-11-16", "2026-11-19");
		assertThat(as("shahu-zzb", () -> leave.decide(second.getId(), new DecisionCommand(false, "理由不充分"))).getState())
			.isEqualTo(LeaveState.REFUSED);
		assertThatThrownBy(() -> as("caizheng-dw", () -> leave.decide(second.getId(), new DecisionCommand(true, null))))
			.isInstanceOf(ConflictException.class);
		assertThat(events.stream(LeaveDecided.class).filter(e -> e.requestId() == second.getId()).map(LeaveDecided::approved))
			.containsExactly(false);
		assertThat(leaveCalendar.approvedLeaveDays(wang(), date("2026-11-01"), date("2026-11-30"))).isEmpty();
	}

	@Test
	@DisplayName("LEA-1: Wed 2026-09-30 – Thu 2026-10-08 spans the National Day holiday: only 2 working days, so the township decides; the holiday alone is refused")
	void nationalDayCountsOnlyWorkingDays() {
		LeaveRequest r = request("cadre-wang", wang(), "2026-09-30", "2026-10-08");
		assertThat(r.getWorkingDays()).isEqualTo(2);
		assertThat(r.getRoute()).isEqualTo(LeaveRoute.TOWNSHIP);
		// Mon 2026-09-28 – Fri 2026-10-09: 28, 29, 30 September, 8 and 9 October
		assertThat(as("cadre-wang", () -> leave.preview(wang(), date("2026-09-28"), date("2026-10-09"))).workingDays())
			.isEqualTo(5);
		assertThatThrownBy(() -> request("cadre-wang", wang(), "2026-10-01", "2026-10-07"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("leave.error.noWorkingDays"));
	}

	@Test
	@DisplayName("LEA-3: an early return (销假) on Wed 2026-11-18 of an approved leave of 16–20 November counts only the 16th and 17th")
	void earlyReturnCutsTheDays() {
		LeaveRequest r = request("cadre-wang", wang(), "2026-11-16", "2026-11-20");
		as("shahu-zzb", () -> leave.decide(r.getId(), new DecisionCommand(true, null)));
		as("caizheng-dw", () -> leave.decide(r.getId(), new DecisionCommand(true, null)));
		assertThatThrownBy(() -> as("cadre-wang", () -> leave.reportReturn(r.getId(), new ReturnCommand(date("2026-11-15")))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("leave.error.returnBeforeStart"));
		as("cadre-wang", () -> leave.reportReturn(r.getId(), new ReturnCommand(date("2026-11-18"))));
		assertThat(leaveCalendar.approvedLeaveDays(wang(), date("2026-11-01"), date("2026-11-30")))
			.containsExactlyInAnyOrder(date("2026-11-16"), date("2026-11-17"));
		assertThat(events.stream(LeaveReturned.class).filter(e -> e.requestId() == r.getId()).map(LeaveReturned::returnedOn))
			.containsExactly(date("2026-11-18"));
		assertThatThrownBy(() -> as("cadre-wang", () -> leave.reportReturn(r.getId(), new ReturnCommand(date("2026-11-19")))))
			.isInstanceOf(ConflictException.class);
		// the demo's returned leave of 王秀英 (16–20 November, back on the 19th) counts three days
		long wangxy = jdbc.queryForObject("select id from person where name = '王秀英'", Long.class);
		assertThat(leaveCalendar.approvedLeaveDays(Set.of(wangxy, wang()), date("2026-11-01"), date("2026-11-30")))
			.containsEntry(wangxy, Set.of(date("2026-11-16"), date("2026-11-17"), date("2026-11-18")));
	}

	@Test
	@DisplayName("LEA-3: pending, refused and withdrawn leave gives no leave days (leaving without approval stays unexcused absence)")
	void onlyApprovedLeaveCounts() {
		LeaveRequest r = request("cadre-wang", wang(), "2026-11-23", "2026-11-24");
		assertThat(leaveCalendar.approvedLeaveDays(wang(), date("2026-11-23"), date("2026-11-24"))).isEmpty();
		assertThat(as("cadre-wang", () -> leave.withdraw(r.getId())).getState()).isEqualTo(LeaveState.WITHDRAWN);
		assertThatThrownBy(() -> as("yueyahu-xz", () -> leave.decide(r.getId(), new DecisionCommand(true, null))))
			.isInstanceOf(ConflictException.class);
		assertThat(leaveCalendar.approvedLeaveDays(wang(), date("2026-11-23"), date("2026-11-24"))).isEmpty();
	}

	@Test
	@DisplayName("LEA-1: end before start, more than 60 days, an overlap with a pending request and a refusal without reason are refused with a message")
	void rangeAndOverlapChecks() {
		assertThatThrownBy(() -> request("cadre-wang", wang(), "2026-11-10", "2026-11-06"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("leave.error.endBeforeStart"));
		assertThatThrownBy(() -> request("cadre-wang", wang(), "2026-03-02", "2026-05-29"))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.messageKey()).isEqualTo("leave.error.tooLong"));
		LeaveRequest r = request("cadre-wang", wang(), "2026-11-23", "2026-11-24");
		assertThatThrownBy(() -> request("yueyahu-xz", wang(), "2026-11-24", "2026-11-25"))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.messageKey()).isEqualTo("leave.error.overlap"));
		assertThatThrownBy(() -> as("yueyahu-xz", () -> leave.decide(r.getId(), new DecisionCommand(false, " "))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("leave.error.refusalNeedsOpinion"));
	}

	@Test
	@DisplayName("LEA-1, BUR-3: the township's clerk enters a request for 李振华 (recorded as entered by the office); a sibling township cannot")
	void clerkEntersForTheCadre() throws Exception {
		long li = jdbc.queryForObject("select id from person where name = '李振华'", Long.class);
		LeaveRequest r = request("yueyahu-xz", li, "2026-10-12", "2026-10-13");
		assertThat(r.getEnteredByOfficeName()).isEqualTo("月牙湖乡党委");
		assertThatThrownBy(() -> request("zhenbeibu-xz", li, "2026-10-19", "2026-10-20")).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> request("cadre-wang", li, "2026-10-19", "2026-10-20")).isInstanceOf(NotFoundException.class);
		// the cadre does not see someone else's request
		mvc.perform(get("/api/v1/leave/" + r.getId()).header("Authorization", "Bearer " + TestTokens.of(mvc, "cadre-wang")))
			.andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("LEA-2: the applicant sees the state and each decision with office, person, time and opinion, on the page and in the API")
	void applicantSeesEachDecision() throws Exception {
		LeaveRequest r = request("cadre-wang", wang(), "2026-11-09", "2026-11-12");
		as("caizheng-dw", () -> leave.decide(r.getId(), new DecisionCommand(true, "单位同意")));
		String token = TestTokens.of(mvc, "cadre-wang");
		mvc.perform(get("/api/v1/leave/" + r.getId()).header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("PENDING"))
			.andExpect(jsonPath("$.awaiting[0]").value("COUNTY_ORGANISATION_DEPARTMENT"))
			.andExpect(jsonPath("$.decisions[0].officeName").value("沙湖县财政局"))
			.andExpect(jsonPath("$.decisions[0].opinion").value("单位同意"))
			.andExpect(jsonPath("$.decisions[0].decidedBy").isNotEmpty())
			.andExpect(jsonPath("$.decisions[0].decidedAt").isNotEmpty());
		as("shahu-zzb", () -> leave.decide(r.getId(), new DecisionCommand(true, "组织部同意")));
		String page = mvc.perform(get("/leave/" + r.getId()).cookie(DemoLogin.as(mvc, "cadre-wang")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("已批准", "沙湖县财政局", "单位同意", "组织部同意", "计为请假的工作日：4 天");
	}

	@Test
	@DisplayName("SEC-8: a late decision over the API answers 409 with a clear message, and the page shows it")
	void lateDecisionIs409() throws Exception {
		LeaveRequest r = request("cadre-wang", wang(), "2026-11-23", "2026-11-24");
		String token = TestTokens.of(mvc, "yueyahu-xz");
		mvc.perform(post("/api/v1/leave/" + r.getId() + "/decision").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON).content("{\"approve\":true}")).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("APPROVED"));
		mvc.perform(post("/api/v1/leave/" + r.getId() + "/decision").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON).content("{\"approve\":false,\"opinion\":\"晚了\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("不能重复审批")));
		String page = mvc.perform(post("/leave/" + r.getId() + "/decision").cookie(DemoLogin.as(mvc, "yueyahu-xz"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("approve", "false").param("opinion", "晚了"))
			.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("不能重复审批", "已批准");
		assertThat(jdbc.queryForObject("select count(*) from leave_decision where request_id = ?", Long.class, r.getId()))
			.isEqualTo(1);
	}

	@Test
	@DisplayName("LEA-1: the township's workbench lists the demo request of 王建国 awaiting its decision; the cadre's shows it as pending")
	void workbenchCards() throws Exception {
		String township = mvc.perform(get("/").cookie(DemoLogin.as(mvc, "yueyahu-xz"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(township).contains("待审批的请假", "王建国：2026-12-14 至 2026-12-15，2 个工作日")
			.doesNotContain("李振华：2026-12-07");
		String county = mvc.perform(get("/").cookie(DemoLogin.as(mvc, "shahu-zzb"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(county).contains("李振华：2026-12-07 至 2026-12-11，5 个工作日").doesNotContain("王建国：2026-12-14");
		String cadre = mvc.perform(get("/").cookie(DemoLogin.as(mvc, "cadre-wang"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(cadre).contains("我的请假", "2026-12-14 至 2026-12-15：待审批");
	}

	// ------------------------------------------------------------------ helpers

	private LeaveRequest request(String username, long personId, String from, String to) {
		return as(username, () -> leave.request(new LeaveCommand(personId, date(from), date(to), TEST + "事假")));
	}

	long wang() {
		return jdbc.queryForObject("select id from person where name = '王建国'", Long.class);
	}

	static LocalDate date(String iso) {
		return LocalDate.parse(iso);
	}

	/** Runs the work as the demo account, as a request of that user would (the service reads the security context). */
	<T> T as(String username, Supplier<T> work) {
		UserDetails user = accounts.loadUserByUsername(username);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		var previous = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
