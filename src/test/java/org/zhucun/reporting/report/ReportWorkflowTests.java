package org.zhucun.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.zhucun.DemoLogin;
import org.zhucun.IntegrationTest;
import org.zhucun.RunAs;
import org.zhucun.common.web.ConflictException;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.personnel.ActivePostings;
import org.zhucun.personnel.Postings;
import org.zhucun.policy.PolicyParameters;
import org.zhucun.reporting.rules.ReportKind;
import org.zhucun.reporting.support.ReportingActor;
import org.zhucun.scope.TestTokens;

/**
 * REP-1..3, REP-5 through the service and the API with the demo accounts: 王建国 (cadre-wang) of
 * 石嘴村 writes; 月牙湖乡党委 and 沙湖县财政局 receive his quarterly reports and work information,
 * 沙湖县委组织部 and 沙湖县扶贫办 his written reports. Reports made here carry the title prefix
 * "测试" and are removed after each test.
 */
@IntegrationTest
class ReportWorkflowTests {

	static final String TEST = "测试：";

	@Autowired
	ReportService reports;

	@Autowired
	ReportRepository reportRepository;

	@Autowired
	ReportRecipientRepository recipientRepository;

	@Autowired
	ActivePostings activePostings;

	@Autowired
	Postings postings;

	@Autowired
	OrganisationDirectory organisation;

	@Autowired
	PolicyParameters parameters;

	@Autowired
	ReportingActor actors;

	@Autowired
	EntityManager entities;

	@Autowired
	org.zhucun.document.Documents documents;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void removeTestReports() {
		var documentIds = jdbc.queryForList("select document_id from report where title like ? and document_id is not null",
				Long.class, TEST + "%");
		jdbc.update("delete from report where title like ?", TEST + "%");
		documentIds.forEach(d -> jdbc.update("delete from document where id = ?", d));
	}

	@Test
	@DisplayName("REP-2, REP-5: a report submitted on 21 June is late and the workbench of the county shows it")
	void submittedOn21JuneIsLate() throws Exception {
		// the 21 June that lies in the last twelve months (the workbench looks a year back), in China time
		LocalDate today = LocalDate.now(ReportingActor.CHINA);
		int year = today.isAfter(LocalDate.of(today.getYear(), 6, 21)) ? today.getYear() : today.getYear() - 1;
		Clock june21 = Clock.fixed(LocalDate.of(year, 6, 21).atTime(LocalTime.of(9, 30)).atZone(ReportingActor.CHINA)
			.toInstant(), ReportingActor.CHINA);
		ReportService onJune21 = new ReportService(reportRepository, recipientRepository, activePostings, postings,
				organisation, parameters, actors, entities, june21, documents);

		Report report = new RunAs(accounts).as("cadre-wang", () -> onJune21.submit(new ReportCommand(ReportKind.SEMI_ANNUAL,
				year, null, TEST + "上半年书面报告", "上半年工作总结")));

		assertThat(report.getDueDate()).isEqualTo(LocalDate.of(year, 6, 20));
		assertThat(report.getSubmittedOn()).isEqualTo(LocalDate.of(year, 6, 21));
		assertThat(report.isLate()).isTrue();
		assertThat(recipientRepository.findByReportIdOrderByIdAsc(report.getId())).extracting(ReportRecipient::getOfficeName)
			.containsExactlyInAnyOrder("沙湖县委组织部", "沙湖县扶贫办");
		String county = mvc.perform(get("/").cookie(DemoLogin.as(mvc, "shahu-zzb"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(county).contains("逾期与缺报的报告",
				"王建国：" + year + " 年半年书面报告（第 1 期）应于 " + year + "-06-20 报送，" + year + "-06-21 逾期报送");
		String cadre = mvc.perform(get("/").cookie(DemoLogin.as(mvc, "cadre-wang"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(cadre).contains(year + "-06-21 逾期报送");
		// the township does not receive written reports: it is not told about this one
		String township = mvc.perform(get("/").cookie(DemoLogin.as(mvc, "yueyahu-xz"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(township).doesNotContain(year + " 年半年书面报告（第 1 期）应于");
	}

	@Test
	@DisplayName("REP-1, ORG-5: a recipient outside the scope cannot mark it received; a visible office that is no recipient gets 403")
	void outsiderCannotMarkReceived() throws Exception {
		long id = submitWorkInfo();
		for (String outsider : new String[] { "zhenbeibu-xz", "tuanwei-dw", "huanghe-zzb" }) {
			mvc.perform(post("/api/v1/reports/" + id + "/receipt").header("Authorization", "Bearer " + TestTokens.of(mvc, outsider)))
				.andExpect(status().isNotFound());
		}
		// 沙湖县委组织部 sees it (its county) but work information is not sent to it
		mvc.perform(post("/api/v1/reports/" + id + "/receipt").header("Authorization", "Bearer " + TestTokens.of(mvc, "shahu-zzb")))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from report_recipient where report_id = ? and received_at is not null",
				Long.class, id)).isZero();
	}

	@Test
	@DisplayName("REP-1: the author sees each recipient's state: the township received it (who, when), the unit not yet; twice is refused")
	void authorSeesEachRecipientsState() throws Exception {
		long id = submitWorkInfo();
		String township = TestTokens.of(mvc, "yueyahu-xz");
		mvc.perform(post("/api/v1/reports/" + id + "/receipt").header("Authorization", "Bearer " + township))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/reports/" + id + "/receipt").header("Authorization", "Bearer " + township))
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/reports/" + id).header("Authorization", "Bearer " + TestTokens.of(mvc, "cadre-wang")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.recipients.length()").value(2))
			.andExpect(jsonPath("$.recipients[?(@.officeName == '月牙湖乡党委')].received").value(true))
			.andExpect(jsonPath("$.recipients[?(@.officeName == '月牙湖乡党委')].receivedByName").isNotEmpty())
			.andExpect(jsonPath("$.recipients[?(@.officeName == '沙湖县财政局')].received").value(false));
		String page = mvc.perform(get("/reports/" + id).cookie(DemoLogin.as(mvc, "cadre-wang"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("已接收（", "待接收").doesNotContain("id=\"report-receive\"");
	}

	@Test
	@DisplayName("REP-1, REP-2: a period is reported once; a future quarter cannot be reported; the annual report is due 30 November; only the linked cadre writes")
	void oncePerPeriod() throws Exception {
		RunAs run = new RunAs(accounts);
		int year = reports.today().getYear();
		run.run("cadre-wang", () -> reports.submit(new ReportCommand(ReportKind.QUARTERLY, year - 1, 2, TEST + "季度", "正文")));
		assertThatThrownBy(() -> run.run("cadre-wang",
				() -> reports.submit(new ReportCommand(ReportKind.QUARTERLY, year - 1, 2, TEST + "再报", "正文"))))
			.isInstanceOf(ConflictException.class);
		// the page sends its quarter field with every kind: a written report keeps its one period a year
		Report annual = run.as("cadre-wang",
				() -> reports.submit(new ReportCommand(ReportKind.ANNUAL, year - 1, 4, TEST + "年度", "正文")));
		assertThat(annual.getPeriodNo()).isEqualTo(1);
		assertThat(annual.getDueDate()).isEqualTo(LocalDate.of(year - 1, 11, 30));
		mvc.perform(post("/api/v1/reports").header("Authorization", "Bearer " + TestTokens.of(mvc, "cadre-wang"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"QUARTERLY\",\"year\":" + (year + 1) + ",\"period\":1,\"title\":\"" + TEST
					+ "未来\",\"body\":\"正文\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/reports").header("Authorization", "Bearer " + TestTokens.of(mvc, "yueyahu-xz"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"WORK_INFO\",\"title\":\"" + TEST + "代报\",\"body\":\"正文\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("REP-1: a report uploaded as a PDF is routed like a written one; its unit downloads it, a sibling unit gets 404")
	void uploadedReport() throws Exception {
		var pdf = new org.springframework.mock.web.MockMultipartFile("file", "工作信息.pdf", "application/pdf",
				"%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart("/api/v1/reports/upload").file(pdf).param("kind", "WORK_INFO").param("title", TEST + "上传的工作信息")
			.header("Authorization", "Bearer " + TestTokens.of(mvc, "cadre-wang")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.document.fileName").value("工作信息.pdf"))
			.andExpect(jsonPath("$.recipients.length()").value(2))
			.andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
		mvc.perform(get("/api/v1/reports/" + id + "/document").header("Authorization", "Bearer " + TestTokens.of(mvc, "caizheng-dw")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("X-Content-Type-Options", "nosniff"));
		mvc.perform(get("/api/v1/reports/" + id + "/document").header("Authorization", "Bearer " + TestTokens.of(mvc, "tuanwei-dw")))
			.andExpect(status().isNotFound());
	}

	private long submitWorkInfo() throws Exception {
		String body = mvc.perform(post("/api/v1/reports").header("Authorization", "Bearer " + TestTokens.of(mvc, "cadre-wang"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"WORK_INFO\",\"title\":\"" + TEST + "村里修通了入户路\",\"body\":\"石嘴村入户路硬化完成\"}"))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
	}


	@Test
	@DisplayName("REP-1, REP-5, BUR-1: the township exports the reports routed to it with each recipient's state; a sibling township's export holds none of them")
	void exportOfTheBox() throws Exception {
		String own = cells(mvc.perform(get("/reports/export.xlsx").param("box", "ALL").cookie(DemoLogin.as(mvc, "yueyahu-xz")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
		assertThat(own).contains("季度报告", "李振华", "月牙湖乡党委");
		String sibling = cells(mvc.perform(get("/reports/export.xlsx").param("box", "ALL")
			.cookie(DemoLogin.as(mvc, "zhenbeibu-xz"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray());
		assertThat(sibling).doesNotContain("李振华");
		String meetings = cells(mvc.perform(get("/meetings/export.xlsx").cookie(DemoLogin.as(mvc, "yueyahu-xz")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
		assertThat(meetings).as("REP-4: the township's own hearing").contains("月牙湖乡党委");
	}

	private static String cells(byte[] xlsx) throws Exception {
		StringBuilder text = new StringBuilder();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var format = new org.apache.poi.ss.usermodel.DataFormatter();
			workbook.getSheetAt(0).forEach(row -> row.forEach(c -> text.append(format.formatCellValue(c)).append('|')));
		}
		return text.toString();
	}

}
