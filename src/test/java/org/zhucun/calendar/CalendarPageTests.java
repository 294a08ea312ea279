package org.zhucun.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhucun.DemoLogin;
import org.zhucun.IntegrationTest;
import org.zhucun.calendar.schedule.CachedWorkingDayCalendar;
import org.zhucun.scope.ApiTokens;

/** ATT-1: the calendar's pages and API, their permissions and scope. */
@IntegrationTest
class CalendarPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	CachedWorkingDayCalendar cache;

	private MockHttpServletResponse page(String user, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.cookie(DemoLogin.as(mvc, user)).with(csrf())).andReturn().getResponse();
	}

	private MockHttpServletResponse api(String user, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.header("Authorization", "Bearer " + ApiTokens.of(mvc, user))).andReturn().getResponse();
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	@Test
	@DisplayName("ATT-1: every office and the cadre read the calendar; a township sees its county's local holidays")
	void readers() throws Exception {
		for (String user : new String[] { "shahu-zzb", "shahu-fpb", "yueyahu-xz", "yueyahu-cun1", "caizheng-dw", "cadre-wang" }) {
			var years = page(user, get("/calendar"));
			assertThat(years.getStatus()).as(user).isEqualTo(200);
			assertThat(years.getContentAsString()).as(user).contains("2026年");
		}
		var township = page("yueyahu-xz", get("/calendar/2026"));
		assertThat(township.getStatus()).isEqualTo(200);
		assertThat(township.getContentAsString()).contains("开斋节", "国庆节", "工作日 18 天", "已计入沙湖县的地方节假日 2 天");
		var otherCounty = page("huanghe-zzb", get("/calendar/2026"));
		assertThat(otherCounty.getContentAsString()).contains("国庆节").doesNotContain("开斋节");
		// an unknown year says so, and counts weekends only
		assertThat(page("yueyahu-xz", get("/calendar/2027")).getContentAsString()).contains("2027年的放假安排尚未录入");
		assertThat(page("yueyahu-xz", get("/calendar/2026").param("node", "641102001001")).getStatus()).isEqualTo(404);
	}

	@Test
	@DisplayName("ATT-1: the API counts a village's working days with its county's local holidays and explains them")
	void countOverApi() throws Exception {
		var shizui = api("yueyahu-xz",
				get("/api/v1/calendar/working-days").param("from", "2026-03-01").param("to", "2026-03-31").param("node", "641101001001"));
		assertThat(shizui.getStatus()).isEqualTo(200);
		// March 2026: 22 weekdays, no national holiday, 开斋节 of 沙湖县 on Friday 3/20
		assertThat(shizui.getContentAsString()).contains("\"workingDays\":21", "\"nationalWorkingDays\":22", "开斋节",
				"\"countyName\":\"沙湖县\"", "\"unknownYears\":[]");
		var huanghe = api("huanghe-zzb",
				get("/api/v1/calendar/working-days").param("from", "2026-03-01").param("to", "2026-03-31").param("node", "641102001001"));
		assertThat(huanghe.getContentAsString()).contains("\"workingDays\":22").doesNotContain("开斋节");
		var unknown = api("yueyahu-xz",
				get("/api/v1/calendar/working-days").param("from", "2027-01-01").param("to", "2027-01-31").param("node", "641101001"));
		assertThat(unknown.getContentAsString()).contains("\"workingDays\":21", "\"unknownYears\":[2027]");
		assertThat(api("yueyahu-xz", get("/api/v1/calendar/working-days").param("from", "2026-03-31").param("to", "2026-03-01")
			.param("node", "641101001")).getStatus()).isEqualTo(400);
		var year = api("cadre-wang", get("/api/v1/calendar/2026"));
		assertThat(year.getContentAsString()).contains("\"known\":true", "\"workingDays\":248", "\"source\":\"LIBRARY\"");
	}

	@Test
	@DisplayName("ATT-1: only the system administrator edits the national calendar")
	void nonAdminsCannotEditNational() throws Exception {
		for (String user : new String[] { "shahu-zzb", "yueyahu-xz", "caizheng-dw", "cadre-wang" }) {
			assertThat(api(user, json(post("/api/v1/calendar/days"),
					"{\"day\":\"2026-12-21\",\"kind\":\"HOLIDAY\",\"name\":\"越权假日\",\"reason\":\"x\"}")).getStatus())
				.as(user).isEqualTo(403);
			assertThat(page(user, post("/calendar/2026/days").param("day", "2026-12-21").param("kind", "HOLIDAY")
				.param("name", "越权假日").param("reason", "x")).getStatus()).as(user).isEqualTo(403);
			assertThat(page(user, post("/calendar/2026/reseed").param("reason", "x")).getStatus()).as(user).isEqualTo(403);
		}
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 21))).isTrue();
		assertThat(page("shahu-zzb", get("/calendar/2026")).getContentAsString()).doesNotContain("id=\"add-day\"");
	}

	@Test
	@DisplayName("ATT-1: the system administrator enters next year's days one by one; the count changes at once, audited")
	void adminEntersAYear() throws Exception {
		int year = 2098;
		try {
			assertThat(calendar.isScheduleKnown(year)).isFalse();
			var added = page("sysadmin", post("/calendar/" + year + "/days").param("day", "2098-01-01").param("kind", "HOLIDAY")
				.param("name", "元旦").param("reason", "国办发明电〔2097〕1号"));
			assertThat(added.getStatus()).isEqualTo(302);
			assertThat(calendar.isScheduleKnown(year)).isTrue();
			assertThat(calendar.isWorkingDay(LocalDate.of(2098, 1, 1))).isFalse();
			// a make-up working day on a weekday is refused on the page, with the reason beside the form
			var refused = page("sysadmin", post("/calendar/" + year + "/days").param("day", "2098-01-02").param("kind", "MAKEUP_WORKDAY")
				.param("name", "元旦").param("reason", "x"));
			assertThat(refused.getStatus()).isEqualTo(400);
			assertThat(refused.getContentAsString()).contains("调休上班日必须是星期六或星期日");
			// 4 January 2098 is a Saturday
			var makeup = api("sysadmin", json(post("/api/v1/calendar/days"),
					"{\"day\":\"2098-01-04\",\"kind\":\"MAKEUP_WORKDAY\",\"name\":\"元旦\",\"reason\":\"国办发明电\"}"));
			assertThat(makeup.getStatus()).isEqualTo(201);
			assertThat(calendar.isWorkingDay(LocalDate.of(2098, 1, 4))).isTrue();
			long id = jdbc.queryForObject("select id from calendar_special_day where day = '2098-01-04'", Long.class);
			var stale = api("sysadmin", json(put("/api/v1/calendar/days/" + id),
					"{\"day\":\"2098-01-04\",\"kind\":\"HOLIDAY\",\"name\":\"元旦\",\"reason\":\"更正\",\"version\":7}"));
			assertThat(stale.getStatus()).isEqualTo(409);
			var removed = api("sysadmin", delete("/api/v1/calendar/days/" + id).param("reason", "录入有误"));
			assertThat(removed.getStatus()).isEqualTo(204);
			assertThat(calendar.isWorkingDay(LocalDate.of(2098, 1, 4))).isFalse();
			assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'SpecialDay' and entity_id = ?",
					Long.class, String.valueOf(id))).isGreaterThanOrEqualTo(2);
		}
		finally {
			jdbc.update("delete from calendar_special_day where extract(year from day) = ?", year);
			jdbc.update("delete from calendar_year where year = ?", year);
			cache.invalidate();
		}
	}

	@Test
	@DisplayName("ATT-1: re-seeding a year from the library restores the State Council's schedule")
	void reseed() throws Exception {
		var response = api("sysadmin", json(post("/api/v1/calendar/2026/reseed"), "{\"reason\":\"核对国务院通知\"}"));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("\"specialDays\":39");
		assertThat(calendar.workingDays(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).isEqualTo(248);
		assertThat(api("sysadmin", json(post("/api/v1/calendar/2027/reseed"), "{\"reason\":\"x\"}")).getStatus()).isEqualTo(400);
	}

	@Test
	@DisplayName("ATT-1, ORG-5: a county adds and removes its own local holidays only; 黄河县 cannot add one for 沙湖县")
	void localHolidays() throws Exception {
		String body = "{\"countyCode\":\"641101\",\"day\":\"2026-07-15\",\"name\":\"测试地方节\"}";
		assertThat(api("huanghe-zzb", json(post("/api/v1/calendar/local-holidays"), body)).getStatus()).isEqualTo(400);
		assertThat(page("huanghe-zzb", post("/calendar/local").param("countyCode", "641101").param("day", "2026-07-15")
			.param("name", "测试地方节")).getStatus()).isEqualTo(400);
		assertThat(api("yueyahu-xz", json(post("/api/v1/calendar/local-holidays"), body)).getStatus()).isEqualTo(403);
		long shizui = jdbc.queryForObject("select id from org_node where code = '641101001001'", Long.class);
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 7, 15), shizui)).isTrue();

		var created = api("shahu-zzb", json(post("/api/v1/calendar/local-holidays"), body));
		assertThat(created.getStatus()).isEqualTo(201);
		long id = jdbc.queryForObject("select id from calendar_local_holiday where name = '测试地方节'", Long.class);
		try {
			assertThat(calendar.isWorkingDay(LocalDate.of(2026, 7, 15), shizui)).isFalse();
			assertThat(page("shahu-zzb", get("/calendar/local").param("year", "2026")).getContentAsString())
				.contains("测试地方节", "开斋节", "古尔邦节");
			assertThat(page("huanghe-zzb", get("/calendar/local").param("year", "2026")).getContentAsString())
				.doesNotContain("测试地方节", "开斋节");
			assertThat(api("huanghe-zzb", delete("/api/v1/calendar/local-holidays/" + id)).getStatus()).isEqualTo(404);
			assertThat(api("shahu-zzb", json(post("/api/v1/calendar/local-holidays"), body)).getStatus()).isEqualTo(409);
		}
		finally {
			assertThat(page("shahu-zzb", post("/calendar/local/" + id + "/remove")).getStatus()).isEqualTo(302);
		}
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 7, 15), shizui)).isTrue();
	}

	@Test
	@DisplayName("ATT-1: the system administrator's workbench warns of a missing schedule; nobody else's does")
	void workbenchCard() throws Exception {
		var today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		var missing = new org.zhucun.calendar.web.ScheduleWarnings(calendar::isScheduleKnown, java.time.MonthDay.of(11, 1))
			.missingYears(today);
		String admin = page("sysadmin", get("/")).getContentAsString();
		if (missing.isEmpty()) {
			assertThat(admin).doesNotContain("放假安排缺失");
		}
		else {
			assertThat(admin).contains("放假安排缺失", missing.get(0) + "年的节假日安排尚未录入");
		}
		assertThat(page("shahu-zzb", get("/")).getContentAsString()).doesNotContain("放假安排缺失");
	}

}
