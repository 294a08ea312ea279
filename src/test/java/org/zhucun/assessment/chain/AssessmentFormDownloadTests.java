package org.zhucun.assessment.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.zhucun.PrintedFiles.docxText;
import static org.zhucun.PrintedFiles.firstPage;
import static org.zhucun.PrintedFiles.pdfText;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.zhucun.DemoLogin;
import org.zhucun.IntegrationTest;
import org.zhucun.RunAs;
import org.zhucun.assessment.Grade;
import org.zhucun.assessment.rules.AssessmentKind;
import org.zhucun.assessment.rules.GradeRules;
import org.zhucun.assessment.rules.Step;
import org.zhucun.common.web.NotFoundException;
import org.zhucun.printing.BatchDownloads;
import org.zhucun.scope.ApiTokens;

/**
 * FRM-1, USE-2, ASM-1: the filled Annex 4 / Annex 5 forms and the experience certificate downloaded
 * as a user would (MockMvc), read back with POI and PDFBox; the township's batch of forms; the start
 * of a quarter for everyone on the township's board.
 */
@IntegrationTest
class AssessmentFormDownloadTests {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AssessmentService service;

	@Autowired
	BatchDownloads batches;

	@Autowired
	UserDetailsService accounts;

	RunAs runAs;

	int year;

	@BeforeEach
	void setUp() {
		runAs = new RunAs(accounts);
		year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
	}

	/** The annual chain's texts, one per step of Annex 5 in order. */
	static final List<String> ANNUAL_OPINIONS = List.of("全年驻村 240 天，推动枸杞合作社扩种 300 亩。", "扎根基层，群众认可。",
			"全年实绩较好，建议评定等次。", "同意乡镇党委意见，不占单位优秀名额。", "本人无异议。", "经审核，同意乡镇党委意见。",
			"同意，扶贫项目推进有力。");

	/** 李振华's first quarter of the demo: complete, graded 优秀. */
	private long demoQuarter() {
		return jdbc.queryForObject("select id from assessment where person_name = '李振华' and kind = 'QUARTERLY' "
				+ "and quarter = 1 and period_year = ?", Long.class, year);
	}

	private long township() {
		return jdbc.queryForObject("select id from org_node where code = '641101001'", Long.class);
	}

	private MockHttpServletResponse page(String user, String path) throws Exception {
		return mvc.perform(get(path).cookie(DemoLogin.as(mvc, user))).andReturn().getResponse();
	}

	private MockHttpServletResponse api(String user, String path) throws Exception {
		return mvc.perform(get(path).header("Authorization", "Bearer " + ApiTokens.of(mvc, user))).andReturn().getResponse();
	}

	@Test
	@DisplayName("FRM-1, ASM-1: the filled Annex 4 of 李振华 of 石嘴村 as Word and PDF holds his name, the village, every opinion and the grade; page 1 saved as a PNG")
	void annex4Filled() throws Exception {
		long id = demoQuarter();
		Assessment a = runAs.as("shahu-zzb", () -> service.view(id));
		List<String> opinions = runAs.as("shahu-zzb", () -> service.view(id).getSteps().stream().map(StepRecord::getOpinion).toList());
		assertThat(opinions).hasSize(6);

		MockHttpServletResponse docx = page("yueyahu-xz", "/assessment/" + id + "/form.docx");
		assertThat(docx.getStatus()).isEqualTo(200);
		assertThat(docx.getContentType()).isEqualTo(DOCX);
		assertThat(docx.getHeader("Content-Disposition")).contains(".docx");
		String word = docxText(docx.getContentAsByteArray());
		assertThat(word).contains("平时考核登记表", "（" + year + "年第一季度）", "李振华", "石嘴村", "考核等次：优秀",
				"县（区）扶贫部门意见");
		opinions.forEach(o -> assertThat(word).contains(o));

		MockHttpServletResponse pdf = api("shahu-zzb", "/api/v1/assessments/" + id + "/form.pdf");
		assertThat(pdf.getStatus()).isEqualTo(200);
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		String text = pdfText(pdf.getContentAsByteArray()).replaceAll("\\s", "");
		assertThat(text).contains("平时考核登记表", "李振华", "石嘴村", "优秀");
		opinions.forEach(o -> assertThat(text).contains(o.replaceAll("\\s", "")));
		assertThat(Files.size(firstPage(pdf.getContentAsByteArray(), "annex4-filled"))).isGreaterThan(10_000);
		assertThat(a.getGrade()).isEqualTo(Grade.EXCELLENT);

		// the same through the page for the PDF and the API for the Word file
		assertThat(page("shahu-zzb", "/assessment/" + id + "/form.pdf").getStatus()).isEqualTo(200);
		assertThat(api("yueyahu-xz", "/api/v1/assessments/" + id + "/form.docx").getStatus()).isEqualTo(200);
		assertThat(page("yueyahu-xz", "/assessment/" + id).getContentAsString()).contains("/assessment/" + id + "/form.pdf",
				"/assessment/" + id + "/form.docx");
	}

	@Test
	@DisplayName("FRM-1, ORG-5: outsiders (a sibling township, a sibling county) get neither form nor certificate, by page or API")
	void outsidersRefused() throws Exception {
		long id = demoQuarter();
		for (String user : List.of("zhenbeibu-xz", "huanghe-zzb")) {
			for (String path : List.of("/assessment/" + id + "/form.docx", "/assessment/" + id + "/form.pdf",
					"/assessment/" + id + "/certificate.pdf")) {
				MockHttpServletResponse r = page(user, path);
				assertThat(r.getStatus()).as(user + " " + path).isIn(403, 404);
				assertThat(r.getContentAsString()).doesNotContain("李振华");
			}
			for (String path : List.of("/api/v1/assessments/" + id + "/form.docx", "/api/v1/assessments/" + id + "/form.pdf")) {
				assertThat(api(user, path).getStatus()).as(user + " " + path).isIn(403, 404);
			}
			var batch = mvc.perform(post("/assessment/forms/batch").cookie(DemoLogin.as(mvc, user)).with(csrf())
				.param("township", String.valueOf(township())).param("year", String.valueOf(year)).param("quarter", "1"))
				.andReturn().getResponse();
			assertThat(batch.getStatus()).as(user + " batch").isIn(403, 404);
		}
	}

	@Test
	@DisplayName("FRM-1, USE-2, ASM-2: an annual assessment driven through the Annex 5 chain prints with the unit's opinion and grade; the experience certificate downloads as PDF")
	void annex5AndCertificate() throws Exception {
		long person = jdbc.queryForObject("select id from person where name = '李振华'", Long.class);
		String where = "person_id = " + person + " and kind = 'ANNUAL' and period_year = " + year;
		TestRecords.deleteAssessments(jdbc, where);
		try {
			Assessment a = runAs.as("yueyahu-xz", () -> service.start(person, AssessmentKind.ANNUAL, year, 0));
			GradeRules.Ceiling ceiling = runAs.as("yueyahu-xz", () -> GradeRules.ceiling(service.facts(a)));
			Grade grade = Grade.COMPETENT.atMost(ceiling.best());
			String unitUser = jdbc.queryForObject("select code from dispatching_unit where id = ?", String.class,
					a.getUnitId()).equals("U641101-01") ? "caizheng-dw" : "tuanwei-dw";
			List<String> opinions = new ArrayList<>();
			for (Step step : AssessmentKind.ANNUAL.steps()) {
				String user = switch (step) {
					case SUMMARY, PERSON, TOWNSHIP -> "yueyahu-xz";
					case VILLAGE -> "yueyahu-cun1";
					case UNIT -> unitUser;
					case COUNTY_ORG -> "shahu-zzb";
					case COUNTY_POVERTY -> "shahu-fpb";
				};
				String opinion = ANNUAL_OPINIONS.get(AssessmentKind.ANNUAL.steps().indexOf(step));
				opinions.add(opinion);
				runAs.as(user, () -> service.sign(a.getId(),
						new AssessmentService.SignCommand(step, null, opinion, step == Step.TOWNSHIP ? grade : null)));
			}
			String wording = runAs.as("shahu-zzb", () -> service.view(a.getId()).getGradeWording());

			MockHttpServletResponse docx = api("shahu-zzb", "/api/v1/assessments/" + a.getId() + "/form.docx");
			assertThat(docx.getStatus()).isEqualTo(200);
			String word = docxText(docx.getContentAsByteArray());
			assertThat(word).contains("年度考核意见表", "（" + year + "年度）", "李振华", "石嘴村", "派出单位意见",
					"考核等次：" + wording);
			opinions.forEach(o -> assertThat(word).contains(o));

			MockHttpServletResponse pdf = page("caizheng-dw".equals(unitUser) ? "caizheng-dw" : "shahu-zzb",
					"/assessment/" + a.getId() + "/form.pdf");
			assertThat(pdf.getStatus()).isEqualTo(200);
			String text = pdfText(pdf.getContentAsByteArray()).replaceAll("\\s", "");
			assertThat(text).contains("年度考核意见表", "李振华", "石嘴村", wording);
			opinions.forEach(o -> assertThat(text).contains(o.replaceAll("\\s", "")));
			firstPage(pdf.getContentAsByteArray(), "annex5-filled");
			try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
				assertThat(document.getNumberOfPages()).as("Annex 5 filled with short opinions fits one A4 page, like the paper form").isEqualTo(1);
			}

			// USE-2: 李振华 has served more than a year in 石嘴村 and is graded 称职 or better: his certificate
			MockHttpServletResponse certificate = page("shahu-zzb", "/assessment/" + a.getId() + "/certificate.pdf");
			assertThat(certificate.getStatus()).isEqualTo(200);
			assertThat(certificate.getContentType()).isEqualTo("application/pdf");
			String certificateText = pdfText(certificate.getContentAsByteArray()).replaceAll("\\s", "");
			assertThat(certificateText).contains("基层工作经历证明", "李振华", "石嘴村", year + "年度" + wording);
			assertThat(page("shahu-zzb", "/assessment/" + a.getId() + "/certificate").getContentAsString())
				.contains("/assessment/" + a.getId() + "/certificate.pdf");
			firstPage(certificate.getContentAsByteArray(), "certificate");
			// a quarterly assessment is no ground for a certificate
			assertThat(page("shahu-zzb", "/assessment/" + demoQuarter() + "/certificate.pdf").getStatus()).isEqualTo(404);
			// the county's batch of the year's annual forms of 月牙湖乡 holds this one
			assertThat(batch("shahu-zzb", 0, "DOCX", year + "年度")).contains(
					"石嘴村-李振华-" + year + "年度-年度考核意见表.docx");
			assertThat(page("zhenbeibu-xz", "/assessment/" + a.getId() + "/certificate.pdf").getStatus()).isIn(403, 404);
		}
		finally {
			TestRecords.deleteAssessments(jdbc, where);
		}
	}

	@Test
	@DisplayName("FRM-1: the township's batch of first-quarter forms holds one file per assessment, as PDF and as Word")
	void batchOfTownship() throws Exception {
		int count = jdbc.queryForObject("select count(*) from assessment where township_node_id = ? and period_year = ? "
				+ "and quarter = 1", Integer.class, township(), year);
		assertThat(count).isGreaterThanOrEqualTo(3);
		assertThat(page("yueyahu-xz", "/assessment?kind=QUARTERLY&quarter=1").getContentAsString())
			.contains("/assessment/forms/batch", "批量下载 PDF");
		for (String format : List.of("PDF", "DOCX")) {
			List<String> names = batch("yueyahu-xz", 1, format, year + "年第一季度");
			assertThat(names).as(format).hasSize(count).allMatch(n -> n.endsWith("." + format.toLowerCase()));
			assertThat(names).anyMatch(n -> n.contains("李振华") && n.contains("石嘴村"));
		}
	}

	/** Starts the batch of 月牙湖乡's forms of the period as the user, waits for it and lists the .zip's files. */
	private List<String> batch(String user, int quarter, String format, String period) throws Exception {
		var cookie = DemoLogin.as(mvc, user);
		var start = mvc.perform(post("/assessment/forms/batch").cookie(cookie).with(csrf())
			.param("township", String.valueOf(township())).param("year", String.valueOf(year))
			.param("quarter", String.valueOf(quarter)).param("format", format)).andReturn().getResponse();
		assertThat(start.getRedirectedUrl()).startsWith("/printing/batches/");
		String batch = start.getRedirectedUrl().substring("/printing/batches/".length());
		for (int i = 0; i < 600 && !runAs.as(user, () -> batches.progress(batch).finished()); i++) {
			Thread.sleep(100);
		}
		assertThat(runAs.as(user, () -> batches.progress(batch)).title()).contains("月牙湖乡", period,
				"PDF".equals(format) ? "PDF" : "Word");
		var zip = mvc.perform(get("/printing/batches/" + batch + "/download").cookie(cookie)).andReturn().getResponse();
		assertThat(zip.getStatus()).isEqualTo(200);
		List<String> names = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.getContentAsByteArray()))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				names.add(e.getName());
			}
		}
		return names;
	}

	@Test
	@DisplayName("ASM-1: the township starts the current quarter for everyone posted in its villages at once; again it starts nobody; an outsider starts nothing")
	void startQuarterForEveryone() throws Exception {
		int quarter = service.currentQuarter();
		Set<Long> before = Set.copyOf(jdbc.queryForList("select id from assessment", Long.class));
		String created = "id not in (" + before.stream().map(String::valueOf).reduce((x, y) -> x + "," + y).orElse("-1") + ")";
		try {
			assertThatThrownBy(() -> runAs.as("zhenbeibu-xz", () -> service.startQuarter(township(), year, quarter)))
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> runAs.as("yueyahu-xz", () -> service.startQuarter(township(), year + 1, 1)))
				.isInstanceOf(org.zhucun.common.web.InvalidInputException.class);
			assertThat(jdbc.queryForObject("select count(*) from assessment where " + created, Integer.class)).isZero();

			var result = mvc.perform(post("/assessment/start-quarter").cookie(DemoLogin.as(mvc, "yueyahu-xz")).with(csrf())
				.param("township", String.valueOf(township())).param("year", String.valueOf(year))
				.param("quarter", String.valueOf(quarter))).andReturn();
			var response = result.getResponse();
			assertThat(response.getRedirectedUrl()).startsWith("/assessment?kind=QUARTERLY");
			int started = jdbc.queryForObject("select count(*) from assessment where " + created, Integer.class);
			assertThat(started).isPositive();
			assertThat(result.getFlashMap().get("flash")).asString().contains(String.valueOf(started));

			// everyone on the township's board of the quarter now has an assessment
			var rows = runAs.as("yueyahu-xz", () -> service.board(AssessmentKind.QUARTERLY, year, quarter));
			assertThat(rows).isNotEmpty().allMatch(r -> r.assessment() != null);
			assertThat(runAs.as("yueyahu-xz", () -> service.startQuarter(township(), year, quarter))).isZero();
			assertThat(jdbc.queryForObject("select count(*) from assessment where " + created, Integer.class))
				.isEqualTo(started);
		}
		finally {
			TestRecords.deleteAssessments(jdbc, created);
		}
	}

}
