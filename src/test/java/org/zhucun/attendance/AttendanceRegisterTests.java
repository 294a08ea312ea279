package org.zhucun.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.zhucun.IntegrationTest;
import org.zhucun.RunAs;
import org.zhucun.attendance.register.AttendanceRegisterService;
import org.zhucun.attendance.register.DayEntryCommand;
import org.zhucun.attendance.register.DaySource;
import org.zhucun.attendance.register.PresenceCommand;
import org.zhucun.attendance.register.PresenceKind;
import org.zhucun.attendance.register.Register;
import org.zhucun.attendance.register.RegisterRow;
import org.zhucun.common.web.DomainException;
import org.zhucun.leave.request.DecisionCommand;
import org.zhucun.leave.request.LeaveCommand;
import org.zhucun.leave.request.LeaveService;
import org.zhucun.scope.TestTokens;

/**
 * The township's monthly register (ATT-2, ATT-3, ATT-9, LEA-3, SEC-8) against PostgreSQL with the
 * demo data: 月牙湖乡 (641101001) has 李振华, 王秀英 and 王建国 in 石嘴村, each registered as arriving on
 * the first and leaving on the last day of every recent month. Each test uses a month of its own,
 * since a confirmed month stays confirmed.
 */
@IntegrationTest
class AttendanceRegisterTests {

	static final String YUEYAHU = "641101001";

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

	@Autowired
	MessageSource messages;

	@Autowired
	org.zhucun.calendar.WorkingDayCalendar calendar;

	RunAs runAs;

	@BeforeEach
	void setUp() {
		runAs = new RunAs(accounts);
	}

	@Test
	@DisplayName("ATT-9, ATT-3, ATT-4: September 2026 defaults to in the village; a training day counts, an unexcused absence does not; confirmation stores every day")
	void exceptionsThenConfirmation() {
		// September 2026: 22 weekdays, 中秋节 Fri 25th off, Sun 20th worked for 国庆 (State Council 2026) → 22 working days
		RegisterRow before = row(register(YearMonth.of(2026, 9)), "王秀英");
		assertThat(before.figure().postedWorkingDays()).isEqualTo(22);
		assertThat(before.figure().inVillage()).isEqualTo(22);
		assertThat(before.cell(LocalDate.of(2026, 9, 20)).status()).as("the make-up Sunday").isEqualTo(DayStatus.IN_VILLAGE);
		assertThat(before.cell(LocalDate.of(2026, 9, 25))).as("中秋节").isNull();

		long wangxy = person("王秀英");
		clerk(new DayEntryCommand(wangxy, LocalDate.of(2026, 9, 8), DayStatus.TRAINING, "县委党校专题培训", false, null));
		clerk(new DayEntryCommand(wangxy, LocalDate.of(2026, 9, 9), DayStatus.ABSENT, null, true, null));

		RegisterRow after = row(register(YearMonth.of(2026, 9)), "王秀英");
		assertThat(after.figure().inVillage()).isEqualTo(21);
		assertThat(after.figure().absent()).isEqualTo(1);
		assertThat(after.figure().meetsRequirement()).isTrue();
		assertThat(after.cell(LocalDate.of(2026, 9, 9)).source()).as("BUR-3: from the paper register").isEqualTo(DaySource.PAPER);

		Register confirmed = runAs.as("yueyahu-xz", () -> registers.confirm(YUEYAHU, YearMonth.of(2026, 9)));
		assertThat(confirmed.confirmed()).isTrue();
		assertThat(confirmed.confirmedBy()).isNotBlank();
		int posted = confirmed.rows().stream().mapToInt(r -> r.cells().size()).sum();
		assertThat(jdbc.queryForObject("select count(*) from attendance_day where township_node_id = "
				+ "(select id from org_node where code = ?) and day between '2026-09-01' and '2026-09-30'", Integer.class, YUEYAHU))
			.as("every working day of every posted person is stored")
			.isEqualTo(posted);
		assertThat(row(confirmed, "王秀英").figure().inVillage()).isEqualTo(21);
	}

	@Test
	@DisplayName("ATT-9, SEC-8: a confirmed month is changed only with a reason, recorded as a correction; it is not confirmed twice")
	void confirmedMonthNeedsACorrection() {
		YearMonth month = YearMonth.of(2026, 8);
		runAs.as("yueyahu-xz", () -> registers.confirm(YUEYAHU, month));
		long li = person("李振华");
		LocalDate day = LocalDate.of(2026, 8, 12);

		assertRefused(() -> clerk(new DayEntryCommand(li, day, DayStatus.ABSENT, null, false, null)), 400,
				"本月考勤已确认，更正须填写理由");
		clerk(new DayEntryCommand(li, day, DayStatus.ABSENT, null, false, "乡镇抽查当日不在村"));

		RegisterRow row = row(register(month), "李振华");
		assertThat(row.cell(day).status()).isEqualTo(DayStatus.ABSENT);
		assertThat(row.cell(day).source()).isEqualTo(DaySource.CORRECTION);
		assertThat(jdbc.queryForObject("select reason from attendance_correction where person_id = ? and day = ?",
				String.class, li, day)).isEqualTo("乡镇抽查当日不在村");
		assertRefused(() -> runAs.as("yueyahu-xz", () -> registers.confirm(YUEYAHU, month)), 409, "本月考勤已经确认");
		assertRefused(() -> runAs.as("yueyahu-xz",
				() -> registers.enterPresenceFor(YUEYAHU, new PresenceCommand(li, PresenceKind.DEPARTURE, day, null))), 409,
				"考勤已确认");
	}

	@Test
	@DisplayName("ATT-9, ATT-2: a month with unregistered working days cannot be confirmed, and says whose")
	void unregisteredDaysBlockConfirmation() {
		long wang = person("王建国");
		runAs.as("yueyahu-xz", () -> registers.enterPresenceFor(YUEYAHU,
				new PresenceCommand(wang, PresenceKind.DEPARTURE, LocalDate.of(2026, 7, 14), "回原单位办事")));
		try {
			RegisterRow row = row(register(YearMonth.of(2026, 7)), "王建国");
			assertThat(row.cell(LocalDate.of(2026, 7, 14)).status()).as("the day of leaving").isEqualTo(DayStatus.IN_VILLAGE);
			assertThat(row.cell(LocalDate.of(2026, 7, 15)).status()).isEqualTo(DayStatus.UNREGISTERED);
			assertRefused(() -> runAs.as("yueyahu-xz", () -> registers.confirm(YUEYAHU, YearMonth.of(2026, 7))), 400,
					"王建国");
		}
		finally {
			jdbc.update("delete from presence_registration where person_id = ? and on_date = '2026-07-14'", wang);
		}
	}

	@Test
	@DisplayName("ATT-9: a month that is not over cannot be confirmed; days to come and non-working days cannot be entered")
	void notBeforeTheMonthEnds() {
		YearMonth next = YearMonth.now().plusMonths(1);
		assertRefused(() -> runAs.as("yueyahu-xz", () -> registers.confirm(YUEYAHU, next)), 400, "尚未结束");
		long li = person("李振华");
		assertRefused(() -> clerk(new DayEntryCommand(li, next.atDay(15), DayStatus.MEETING, null, false, null)), 400,
				"今天以后");
		assertRefused(() -> clerk(new DayEntryCommand(li, LocalDate.of(2026, 10, 1), DayStatus.MEETING, null, false, null)),
				400, "不是工作日");
		assertRefused(() -> clerk(new DayEntryCommand(li, LocalDate.of(2026, 10, 12), DayStatus.LEAVE, null, false, null)),
				400, "请假只能由审批通过的请假单产生");
	}

	@Test
	@DisplayName("LEA-3, ATT-3: approved leave fills the register by itself; only its working days are leave")
	void approvedLeaveFillsTheRegister() {
		long wang = person("王建国");
		// Fri 2026-06-19 (端午节, a holiday) to Tue 2026-06-23: working days Mon 22nd and Tue 23rd
		var request = runAs.as("cadre-wang", () -> leave
			.request(new LeaveCommand(wang, LocalDate.of(2026, 6, 19), LocalDate.of(2026, 6, 23), "测试：家中有事")));
		try {
			runAs.as("yueyahu-xz", () -> leave.decide(request.getId(), new DecisionCommand(true, "同意")));
			RegisterRow row = row(register(YearMonth.of(2026, 6)), "王建国");
			assertThat(row.cell(LocalDate.of(2026, 6, 22)).status()).isEqualTo(DayStatus.LEAVE);
			assertThat(row.cell(LocalDate.of(2026, 6, 23)).source()).isEqualTo(DaySource.LEAVE);
			assertThat(row.cell(LocalDate.of(2026, 6, 19))).as("端午节 is no working day").isNull();
			assertThat(row.figure().leave()).isEqualTo(2);
		}
		finally {
			jdbc.update("delete from leave_decision where request_id = ?", request.getId());
			jdbc.update("delete from leave_request where id = ?", request.getId());
		}
	}

	@Test
	@DisplayName("SEC-8: two clerks confirming the same month at once: exactly one confirmation, the other gets a clear refusal")
	void concurrentConfirmation() throws Exception {
		YearMonth month = YearMonth.of(2026, 5);
		long township = jdbc.queryForObject("select id from org_node where code = ?", Long.class, YUEYAHU);
		// May 2026 is before the demo registrations: the clerk registers the stays from paper first (BUR-3)
		for (String name : List.of("李振华", "王秀英", "王建国")) {
			runAs.as("yueyahu-xz", () -> registers.enterPresenceFor(YUEYAHU,
					new PresenceCommand(person(name), PresenceKind.ARRIVAL, month.atDay(1), "纸质登记补录")));
		}
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<String>> outcomes = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				outcomes.add(pool.submit(() -> {
					start.await();
					try {
						runAs.as("yueyahu-xz", () -> registers.confirm(YUEYAHU, month));
						return "confirmed";
					}
					catch (DomainException ex) {
						return ex.status().value() + " " + ex.messageKey();
					}
				}));
			}
			start.countDown();
			List<String> results = new ArrayList<>();
			for (Future<String> f : outcomes) {
				results.add(f.get());
			}
			assertThat(results).containsExactlyInAnyOrder("confirmed", "409 attendance.error.alreadyConfirmed");
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.queryForObject("select count(*) from attendance_month where township_node_id = ? "
				+ "and month_start = '2026-05-01'", Integer.class, township)).isEqualTo(1);
	}

	@Test
	@DisplayName("ATT-2: a cadre registers their own arrival; the township confirms it; the same registration twice is refused")
	void cadreRegistersArrival() throws Exception {
		String token = TestTokens.of(mvc, "cadre-wang");
		LocalDate day = LocalDate.of(2026, 11, 23);
		try {
			mvc.perform(post("/api/v1/attendance/presence").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"ARRIVAL\",\"day\":\"2026-11-23\",\"note\":\"周一返村\"}"))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.recordedByClerk").value(false))
				.andExpect(jsonPath("$.confirmedBy").doesNotExist());
			mvc.perform(post("/api/v1/attendance/presence").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"ARRIVAL\",\"day\":\"2026-11-23\"}"))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("已有同类登记")));
			mvc.perform(get("/api/v1/attendance/register").param("township", YUEYAHU).param("month", "2026-11")
				.header("Authorization", "Bearer " + token)).andExpect(status().isForbidden());
		}
		finally {
			jdbc.update("delete from presence_registration where person_id = ? and on_date = ?", person("王建国"), day);
		}
	}

	@Test
	@DisplayName("ATT-2: on the phone page the cadre registers a departure and sees it waiting for the township's confirmation")
	void cadreUsesThePhonePage() throws Exception {
		var cadre = org.zhucun.DemoLogin.as(mvc, "cadre-wang");
		LocalDate day = LocalDate.of(2026, 11, 27);
		try {
			mvc.perform(post("/attendance/presence").cookie(cadre).with(csrf()).param("kind", "DEPARTURE")
				.param("day", day.toString()).param("note", "周末回家")).andExpect(status().is3xxRedirection());
			String page = mvc.perform(get("/attendance/presence").cookie(cadre)).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
			assertThat(page).contains("2026-11-27 离村登记", "本人登记", "待乡镇确认", "周末回家");
			mvc.perform(get("/attendance/presence").cookie(org.zhucun.DemoLogin.as(mvc, "yueyahu-xz")))
				.andExpect(status().isForbidden());
		}
		finally {
			jdbc.update("delete from presence_registration where person_id = ? and on_date = ?", person("王建国"), day);
		}
	}

	@Test
	@DisplayName("ATT-9, ORG-5: the register of 月牙湖乡 is 404 for the sibling township and county, by page and API; the county reads it")
	void registerIsScoped() throws Exception {
		for (String outsider : List.of("zhenbeibu-xz", "huanghe-zzb")) {
			mvc.perform(get("/api/v1/attendance/register").param("township", YUEYAHU).param("month", "2026-10")
				.header("Authorization", "Bearer " + TestTokens.of(mvc, outsider))).andExpect(status().isNotFound());
			long li = person("李振华");
			mvc.perform(put("/api/v1/attendance/register/days").header("Authorization", "Bearer " + TestTokens.of(mvc, outsider))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"township\":\"641101003\",\"personId\":" + li + ",\"day\":\"2026-10-12\",\"status\":\"ABSENT\"}"))
				.andExpect(status().is4xxClientError());
		}
		mvc.perform(get("/api/v1/attendance/register").param("township", YUEYAHU).param("month", "2026-10")
			.header("Authorization", "Bearer " + TestTokens.of(mvc, "shahu-zzb")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[?(@.name == '李振华')].figure.inVillage").value(18));
	}

	@Test
	@DisplayName("ATT-3, ATT-9: through the API the clerk marks a meeting day and clears it again; the figure follows")
	void clerkEntersThroughTheApi() throws Exception {
		String token = TestTokens.of(mvc, "yueyahu-xz");
		long wang = person("王建国");
		String body = "{\"township\":\"" + YUEYAHU + "\",\"personId\":" + wang + ",\"day\":\"2026-10-13\",\"status\":%s}";
		mvc.perform(put("/api/v1/attendance/register/days").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted("\"MEETING\"")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[?(@.name == '王建国')].days['2026-10-13'].status").value("MEETING"))
			.andExpect(jsonPath("$.rows[?(@.name == '王建国')].figure.inVillage").value(18));
		mvc.perform(put("/api/v1/attendance/register/days").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted("\"ABSENT\"")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[?(@.name == '王建国')].figure.inVillage").value(17));
		mvc.perform(put("/api/v1/attendance/register/days").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted("null")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[?(@.name == '王建国')].days['2026-10-13'].source").value("DEFAULT"))
			.andExpect(jsonPath("$.rows[?(@.name == '王建国')].figure.inVillage").value(18));
		mvc.perform(put("/api/v1/attendance/register/days").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted("\"LEAVE\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("请假只能由审批通过的请假单产生")));
	}

	@Test
	@DisplayName("ATT-7: the county's spot check finds 李振华 absent on 24 November; the register shows it, and the township sees the check")
	void spotCheckFeedsTheRegister() throws Exception {
		long li = person("李振华");
		LocalDate day = LocalDate.of(2026, 11, 24);
		try {
			mvc.perform(post("/api/v1/attendance/spot-checks").header("Authorization", "Bearer " + TestTokens.of(mvc, "shahu-zzb"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"personId\":" + li + ",\"day\":\"2026-11-24\",\"present\":false,\"note\":\"上午十时到村未见本人\"}"))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.foundPresent").value(false));
			RegisterRow row = row(register(YearMonth.of(2026, 11)), "李振华");
			assertThat(row.cell(day).status()).isEqualTo(DayStatus.ABSENT);
			assertThat(row.cell(day).source()).isEqualTo(DaySource.SPOT_CHECK);
			String page = mvc.perform(get("/attendance/register").param("township", YUEYAHU).param("month", "2026-11")
				.cookie(org.zhucun.DemoLogin.as(mvc, "yueyahu-xz"))).andReturn().getResponse().getContentAsString();
			assertThat(page).contains("本月抽查记录", "2026-11-24 李振华：不在村", "上午十时到村未见本人");
			mvc.perform(post("/api/v1/attendance/spot-checks").header("Authorization", "Bearer " + TestTokens.of(mvc, "yueyahu-xz"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"personId\":" + li + ",\"day\":\"2026-11-24\",\"present\":true}"))
				.andExpect(status().isForbidden());
		}
		finally {
			jdbc.update("delete from attendance_day where person_id = ? and day = ?", li, day);
			jdbc.update("delete from attendance_spot_check where person_id = ? and day = ?", li, day);
		}
	}

	@Test
	@DisplayName("ATT-9, ATT-4, ATT-6: the township's workbench lists the months to confirm, last month's shortfalls and the absences near the limit")
	void workbenchItems() throws Exception {
		YearMonth last = YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).minusMonths(1);
		long li = person("李振华");
		List<LocalDate> days = calendar.workingDaysIn(last.atDay(1), last.atEndOfMonth(), li);
		int absences = days.size() - Math.min(20, days.size()) + 1;
		try {
			for (LocalDate day : days.subList(0, absences)) {
				clerk(new DayEntryCommand(li, day, DayStatus.ABSENT, null, false, null));
			}
			// thirteen absences earlier in 2026, entered from paper (BUR-3): with last month's, near or past the limit
			jdbc.update("insert into attendance_day (id, person_id, village_node_id, township_node_id, day, status, source) "
					+ "select nextval('attendance_day_seq'), ?, x.v, x.t, d, 'ABSENT', 'PAPER' from (select village_node_id v, "
					+ "township_node_id t from attendance_day where person_id = ? limit 1) x, "
					+ "generate_series(date '2026-01-05', date '2026-01-17', interval '1 day') d", li, li);
			String workbench = mvc.perform(get("/").cookie(org.zhucun.DemoLogin.as(mvc, "yueyahu-xz")))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(workbench).contains("待确认的考勤", "月牙湖乡 " + last.getYear() + " 年")
				.contains("上月在村不足", "李振华：" + last.getMonthValue() + " 月在村 " + (days.size() - absences) + " 天");
			if (last.getYear() == 2026) {
				assertThat(workbench).contains("接近无故缺勤上限", "李振华：今年无故缺勤");
			}
			assertThat(mvc.perform(get("/").cookie(org.zhucun.DemoLogin.as(mvc, "zhenbeibu-xz"))).andReturn().getResponse()
				.getContentAsString()).as("the sibling township sees nothing of it").doesNotContain("李振华");
		}
		finally {
			jdbc.update("delete from attendance_day where person_id = ? and (day between ? and ? or day between "
					+ "'2026-01-01' and '2026-01-31')", li, last.atDay(1), last.atEndOfMonth());
		}
	}

	@Test
	@DisplayName("ATT-9: the register exports to .xlsx in the register's layout: a column per day, codes, days in the village")
	void exportsTheRegister() throws Exception {
		byte[] xlsx = mvc
			.perform(get("/attendance/register.xlsx").param("township", YUEYAHU).param("month", "2026-10")
				.cookie(org.zhucun.DemoLogin.as(mvc, "yueyahu-xz")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("月牙湖乡", "2026", "10");
			assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(1);
			var li = findRow(sheet, "李振华");
			// 2 (name, village) + day: 12 October 2026 (Monday) is column 2 + 11
			assertThat(li.getCell(2 + 11).getStringCellValue()).isEqualTo("V");
			assertThat(li.getCell(2).getStringCellValue()).as("国庆 1 October").isEmpty();
			assertThat(li.getCell(2 + 31).getNumericCellValue()).as("days in the village").isEqualTo(18);
		}
	}

	private static org.apache.poi.ss.usermodel.Row findRow(org.apache.poi.ss.usermodel.Sheet sheet, String name) {
		for (var row : sheet) {
			if (row.getCell(0) != null && name.equals(row.getCell(0).toString())) {
				return row;
			}
		}
		throw new AssertionError(name + " not in the sheet");
	}

	private Register register(YearMonth month) {
		return runAs.as("yueyahu-xz", () -> registers.register(YUEYAHU, month));
	}

	private void clerk(DayEntryCommand command) {
		runAs.run("yueyahu-xz", () -> registers.enter(YUEYAHU, command));
	}

	private static RegisterRow row(Register register, String name) {
		return register.rows().stream().filter(r -> r.personName().equals(name)).findFirst().orElseThrow();
	}

	private long person(String name) {
		return jdbc.queryForObject("select id from person where name = ?", Long.class, name);
	}

	/** The action is refused with this status and a Chinese message containing the words. */
	private void assertRefused(Runnable action, int status, String message) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class, ex -> {
			assertThat(ex.status().value()).isEqualTo(status);
			assertThat(messages.getMessage(ex.messageKey(), ex.args(), Locale.SIMPLIFIED_CHINESE)).contains(message);
		});
	}

}
