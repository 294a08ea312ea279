package org.zhucun.reporting.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhucun.DemoLogin;
import org.zhucun.IntegrationTest;
import org.zhucun.reporting.rules.MeetingKind;
import org.zhucun.reporting.support.ReportingActor;
import org.zhucun.scope.TestTokens;

/**
 * REP-4 (Art. 5) with the demo accounts: 月牙湖乡党委 records its monthly hearing, 沙湖县委组织部 its
 * quarterly meeting; the last period without one is flagged on the office's workbench. Meetings made
 * here name the participant "测试参会人" and are removed after each test.
 */
@IntegrationTest
class MeetingTests {

	static final String TEST = "测试参会人";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTestMeetings() {
		jdbc.update("delete from meeting where participants like ?", TEST + "%");
	}

	@Test
	@DisplayName("REP-4: last month without the township's hearing is flagged on its workbench; recording one clears it")
	void townshipMonthlyHearing() throws Exception {
		LocalDate lastMonth = MeetingKind.TOWNSHIP_MONTHLY_HEARING.lastPeriodStart(LocalDate.now(ReportingActor.CHINA));
		String flag = "乡镇党委每月听取第一书记汇报：" + lastMonth + " 至 " + lastMonth.plusMonths(1).minusDays(1) + " 没有会议记录";
		jdbc.update("delete from meeting where held_on between ? and ? and kind = 'TOWNSHIP_MONTHLY_HEARING' and participants like ?",
				lastMonth, lastMonth.plusMonths(1).minusDays(1), TEST + "%");
		assertThat(workbench("yueyahu-xz")).contains("缺少的专题会议", flag);
		mvc.perform(post("/api/v1/meetings").header("Authorization", "Bearer " + TestTokens.of(mvc, "yueyahu-xz"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"heldOn\":\"" + lastMonth.plusDays(5) + "\",\"participants\":\"" + TEST + "、王建国\",\"minutes\":\"听取汇报\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("TOWNSHIP_MONTHLY_HEARING"))
			.andExpect(jsonPath("$.officeName").value("月牙湖乡党委"));
		assertThat(workbench("yueyahu-xz")).doesNotContain(flag).contains("上一期已记录");
	}

	@Test
	@DisplayName("REP-4: the county organisation department records its quarterly meeting; a future date, a foreign place or a unit are refused")
	void countyQuarterlyMeeting() throws Exception {
		String county = TestTokens.of(mvc, "shahu-zzb");
		mvc.perform(post("/api/v1/meetings").header("Authorization", "Bearer " + county).contentType(MediaType.APPLICATION_JSON)
			.content("{\"heldOn\":\"" + LocalDate.now(ReportingActor.CHINA).minusDays(1) + "\",\"participants\":\"" + TEST
					+ "\",\"minutes\":\"专题研究驻村工作\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("COUNTY_QUARTERLY_MEETING"));
		mvc.perform(post("/api/v1/meetings").header("Authorization", "Bearer " + county).contentType(MediaType.APPLICATION_JSON)
			.content("{\"heldOn\":\"" + LocalDate.now(ReportingActor.CHINA).plusDays(2) + "\",\"participants\":\"" + TEST
					+ "\",\"minutes\":\"未来\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/meetings").header("Authorization", "Bearer " + county).contentType(MediaType.APPLICATION_JSON)
			.content("{\"heldOn\":\"2026-11-02\",\"participants\":\"" + TEST + "\",\"minutes\":\"代记\",\"placeCode\":\"641101001\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/meetings").header("Authorization", "Bearer " + TestTokens.of(mvc, "caizheng-dw"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"heldOn\":\"2026-11-02\",\"participants\":\"" + TEST + "\",\"minutes\":\"单位\"}"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from meeting where participants like ?", Long.class, TEST + "%"))
			.isEqualTo(1);
	}

	private String workbench(String user) throws Exception {
		return mvc.perform(get("/").cookie(DemoLogin.as(mvc, user))).andReturn().getResponse().getContentAsString();
	}

}
