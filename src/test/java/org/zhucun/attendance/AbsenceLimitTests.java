package org.zhucun.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.zhucun.DemoLogin;
import org.zhucun.IntegrationTest;
import org.zhucun.RunAs;
import org.zhucun.attendance.register.AttendanceRegisterService;
import org.zhucun.attendance.register.DayEntryCommand;
import org.zhucun.calendar.WorkingDayCalendar;

/**
 * ATT-6 (Art. 12) against PostgreSQL: the township's clerk enters 王建国's unexcused absences in 2026,
 * one working day after another; at 15 nothing happens, the 16th raises the alert and opens a
 * replacement request that the county organisation department and his dispatching unit (沙湖县财政局)
 * see on their workbench and on his record. Everything the test entered is removed afterwards.
 */
@IntegrationTest
@RecordApplicationEvents
class AbsenceLimitTests {

	@Autowired
	AttendanceRegisterService registers;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEvents events;

	/** Working days of 2026 no other test marks: March and April (the months before the demo registrations). */
	List<LocalDate> days() {
		return calendar.workingDaysIn(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30), wang());
	}

	@AfterEach
	void removeTestEntries() {
		jdbc.update("delete from attendance_day where person_id = ? and day between '2026-03-01' and '2026-04-30'", wang());
		jdbc.update("delete from attendance_absence_alert where person_id = ? and year = 2026", wang());
		jdbc.update("delete from replacement_request where person_id = ? and trigger_kind = 'ATTENDANCE'", wang());
	}

	@Test
	@DisplayName("ATT-6, PER-4: 15 working days of unexcused absence in 2026 raise nothing; the 16th opens a replacement request seen by the county and the unit")
	void sixteenDaysOpenAReplacementRequest() throws Exception {
		RunAs runAs = new RunAs(accounts);
		int already = jdbc.queryForObject("select count(*) from attendance_day where person_id = ? and status = 'ABSENT' "
				+ "and extract(year from day) = 2026", Integer.class, wang());
		List<LocalDate> days = days();
		for (int i = 0; i < 15 - already; i++) {
			LocalDate day = days.get(i);
			runAs.run("yueyahu-xz", () -> registers.enter("641101001",
					new DayEntryCommand(wang(), day, DayStatus.ABSENT, null, false, null)));
		}
		assertThat(openRequests()).as("15 days: not more than 15").isZero();
		assertThat(events.stream(AbsenceLimitExceeded.class)).isEmpty();

		LocalDate sixteenth = days.get(15 - already);
		runAs.run("yueyahu-xz", () -> registers.enter("641101001",
				new DayEntryCommand(wang(), sixteenth, DayStatus.ABSENT, null, true, null)));

		assertThat(openRequests()).isEqualTo(1);
		assertThat(events.stream(AbsenceLimitExceeded.class))
			.containsExactly(new AbsenceLimitExceeded(wang(), 2026, 16, 15));
		assertThat(jdbc.queryForObject("select reason from replacement_request where person_id = ? and closed_at is null",
				String.class, wang())).isEqualTo("2026 年无故缺勤累计 16 个工作日，超过 15 个工作日，按规定予以撤换（第十二条）。");
		for (String office : List.of("shahu-zzb", "caizheng-dw")) {
			String workbench = mvc.perform(get("/").cookie(DemoLogin.as(mvc, office)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(workbench).as(office).contains("撤换建议", "王建国（石嘴村）：2026 年无故缺勤累计 16 个工作日");
		}
		assertThat(mvc.perform(get("/").cookie(DemoLogin.as(mvc, "tuanwei-dw"))).andReturn().getResponse().getContentAsString())
			.as("a sibling unit sees nothing of it")
			.doesNotContain("王建国");
		String record = mvc.perform(get("/personnel/" + wang()).cookie(DemoLogin.as(mvc, "shahu-zzb")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(record).contains("撤换建议（考勤）");

		// a 17th day opens no second request
		runAs.run("yueyahu-xz", () -> registers.enter("641101001",
				new DayEntryCommand(wang(), days.get(16 - already), DayStatus.ABSENT, null, false, null)));
		assertThat(openRequests()).isEqualTo(1);
	}

	private int openRequests() {
		return jdbc.queryForObject("select count(*) from replacement_request where person_id = ? and closed_at is null "
				+ "and trigger_kind = 'ATTENDANCE'", Integer.class, wang());
	}

	private long wang() {
		return jdbc.queryForObject("select id from person where name = '王建国'", Long.class);
	}

}
