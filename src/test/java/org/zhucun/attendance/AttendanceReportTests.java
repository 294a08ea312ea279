package org.zhucun.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.zhucun.DemoLogin;
import org.zhucun.IntegrationTest;
import org.zhucun.RunAs;
import org.zhucun.attendance.register.AttendanceFigures;
import org.zhucun.attendance.register.AttendanceReport;
import org.zhucun.calendar.WorkingDayCalendar;

/**
 * The county's attendance report (ATT-7, ATT-4, ATT-5) added up from the townships' registers: the
 * county sees everybody, each dispatching unit only its own people, and a whole year adds the work
 * teams with their arithmetic.
 */
@IntegrationTest
class AttendanceReportTests {

	@Autowired
	AttendanceFigures figures;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	MockMvc mvc;

	@Test
	@DisplayName("ATT-7: the third quarter of 2026 for 沙湖县 adds up the months of each person's register")
	void quarterForTheCounty() {
		AttendanceReport report = new RunAs(accounts).as("shahu-zzb", () -> figures.report("641101", "2026-Q3"));
		assertThat(report.period().from()).isEqualTo(LocalDate.of(2026, 7, 1));
		var li = report.people().stream().filter(l -> l.name().equals("李振华")).findFirst().orElseThrow();
		int quarterDays = calendar.workingDays(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), report.area().id());
		assertThat(li.postedWorkingDays()).isEqualTo(quarterDays);
		assertThat(li.villageName()).isEqualTo("石嘴村");
		assertThat(li.unitName()).isEqualTo("沙湖县财政局");
		assertThat(report.people()).extracting(AttendanceReport.PersonLine::unitName).contains("沙湖县团委");
	}

	@Test
	@DisplayName("ATT-7, ORG-5: a dispatching unit reads the report of its own people only, by page, export and API")
	void unitSeesItsOwnPeople() throws Exception {
		AttendanceReport own = new RunAs(accounts).as("caizheng-dw", () -> figures.report("641101", "2026-Q3"));
		assertThat(own.people()).isNotEmpty().allMatch(l -> l.unitName().equals("沙湖县财政局"));
		AttendanceReport sibling = new RunAs(accounts).as("tuanwei-dw", () -> figures.report("641101", "2026-Q3"));
		assertThat(sibling.people()).extracting(AttendanceReport.PersonLine::name).doesNotContain("李振华");
		byte[] xlsx = mvc.perform(get("/attendance/report.xlsx").param("area", "641101").param("period", "2026-Q3")
			.cookie(DemoLogin.as(mvc, "tuanwei-dw"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		StringBuilder cells = new StringBuilder();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			DataFormatter format = new DataFormatter();
			workbook.getSheetAt(0).forEach(row -> row.forEach(c -> cells.append(format.formatCellValue(c)).append('|')));
		}
		assertThat(cells).contains("沙湖县团委").doesNotContain("李振华", "沙湖县财政局");
		String page = mvc.perform(get("/attendance/report").param("area", "641101").param("period", "2026-Q3")
			.cookie(DemoLogin.as(mvc, "caizheng-dw"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("李振华", "沙湖县财政局").doesNotContain("沙湖县团委");
	}

	@Test
	@DisplayName("ATT-5: the year 2026 lists the work team of 石嘴村 with its days, the 240 required and the arithmetic")
	void yearListsTheTeams() throws Exception {
		AttendanceReport year = new RunAs(accounts).as("shahu-zzb", () -> figures.report("641101", "2026"));
		var team = year.teams().stream().filter(t -> t.villageName().equals("石嘴村")).findFirst().orElseThrow();
		assertThat(team.members()).isEqualTo(3);
		assertThat(team.year().required()).isEqualTo(240);
		assertThat(team.year().yearWorkingDays()).isEqualTo(calendar.workingDays(LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 12, 31), year.area().id()));
		String page = mvc.perform(get("/attendance/report").param("area", "641101").param("period", "2026")
			.cookie(DemoLogin.as(mvc, "shahu-zzb"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("工作队全年在村情况", "全年工作日 " + team.year().yearWorkingDays() + " × 队员在村");
		assertThat(new RunAs(accounts).as("shahu-zzb", () -> figures.report("641101", "2026-Q3")).teams())
			.as("a quarter has no team figure").isEmpty();
	}

}
