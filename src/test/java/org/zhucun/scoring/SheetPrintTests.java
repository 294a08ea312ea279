package org.zhucun.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.zhucun.DemoLogin;
import org.zhucun.PrintedFiles;
import org.zhucun.IntegrationTest;
import org.zhucun.RunAs;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.personnel.Postings;
import org.zhucun.printing.BatchDownloads;
import org.zhucun.scope.ApiTokens;
import org.zhucun.scoring.rules.RaterKind;
import org.zhucun.scoring.rules.SheetEvaluator;
import org.zhucun.scoring.sheet.FilledSheet;
import org.zhucun.scoring.sheet.RateCommand;
import org.zhucun.scoring.sheet.SheetService;
import org.zhucun.scoring.sheet.Subject;

/**
 * FRM-2, SCO-X: the filled sheets of 石嘴村 as PDF, a township's sheets as one batch download, and the
 * raters' workbench card (BUR-3), on the demo's current year.
 */
@IntegrationTest
class SheetPrintTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Postings postings;

	@Autowired
	OrganisationDirectory organisation;

	@Autowired
	ScoringSheets scoring;

	@Autowired
	SheetService sheets;

	@Autowired
	BatchDownloads batches;

	@Autowired
	UserDetailsService accounts;

	private final int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

	private long person(String name) {
		return ShizuiVillage.posting(postings, organisation, name, year).personId();
	}

	/** The PDF's text without its line breaks and spaces (a long cell wraps anywhere). */
	private static String pdfWords(byte[] pdf) throws IOException {
		return PrintedFiles.pdfText(pdf).replaceAll("\\s", "");
	}

	/** 9.4, 70 — as the sheet prints a number. */
	private static String number(BigDecimal value) {
		BigDecimal plain = value.stripTrailingZeros();
		return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
	}

	@Test
	@DisplayName("FRM-2, SCO-X: 李振华's sheet PDF names him and holds every item, each score and the total of the page's sheet")
	void personPdf() throws Exception {
		long li = person("李振华");
		var response = mvc.perform(get("/scoring/person/" + li + ".pdf").param("year", String.valueOf(year))
			.cookie(DemoLogin.as(mvc, "yueyahu-xz"))).andExpect(status().isOk()).andReturn().getResponse();
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition")).contains(".pdf");
		String text = pdfWords(response.getContentAsByteArray());
		ScoringSheets.SheetScore sheet = scoring.ofPerson(li, year);
		assertThat(text).contains("李振华", "考评内容", "考评指标", "赋分", "评分标准", "得分");
		assertThat(sheet.items()).hasSizeGreaterThan(10);
		for (ScoringSheets.ItemLine item : sheet.items()) {
			assertThat(text).as(item.code()).contains(item.name().replaceAll("\\s", ""));
			if (item.score() != null) {
				assertThat(text).as(item.code()).contains(number(item.score()));
			}
		}
		assertThat(text).contains("基础分" + number(sheet.base()), "加分" + number(sheet.bonus()), "总分" + number(sheet.total()));
		if (!sheet.complete()) {
			assertThat(text).contains("考评表尚不完整", "待定：");
		}
	}

	@Test
	@DisplayName("FRM-2, SCO-A1: the team sheet PDF of 石嘴村 carries the template warning of item 2.3 and the demo population")
	void teamPdf() throws Exception {
		byte[] pdf = mvc.perform(get("/scoring/team/641101001001.pdf").param("year", String.valueOf(year))
			.cookie(DemoLogin.as(mvc, "shahu-zzb"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		String text = pdfWords(pdf);
		assertThat(text).contains("石嘴村工作队", "模板校验：第2.3项“抓好基层组织建设。”赋分20分，但其细项合计15分",
				"第2.3.4项“村级民主管理，村务、党务公开”待定：待评分：乡（镇）党委");
		// the demo villages have a resident population, so the trainings item is scored against it
		assertThat(text).doesNotContain("本村常住人口未登记");
	}

	@Test
	@DisplayName("FRM-2: the API gives the same PDF to a token; outsiders get 404 from page and API")
	void apiPdfAndOutsiders() throws Exception {
		long li = person("李振华");
		var api = mvc.perform(get("/api/v1/scoring/people/" + li + ".pdf").param("year", String.valueOf(year))
			.header("Authorization", "Bearer " + ApiTokens.of(mvc, "shahu-zzb"))).andExpect(status().isOk()).andReturn()
			.getResponse();
		assertThat(pdfWords(api.getContentAsByteArray())).contains("李振华");
		for (String outsider : List.of("zhenbeibu-xz", "huanghe-zzb")) {
			mvc.perform(get("/scoring/person/" + li + ".pdf").param("year", String.valueOf(year))
				.cookie(DemoLogin.as(mvc, outsider))).andExpect(status().isNotFound());
			mvc.perform(get("/api/v1/scoring/teams/641101001001.pdf").param("year", String.valueOf(year))
				.header("Authorization", "Bearer " + ApiTokens.of(mvc, outsider))).andExpect(status().isNotFound());
		}
	}

	@Test
	@DisplayName("FRM-2: the sheet page links its PDF next to the .xlsx; the list offers the batch of the township, not to a unit")
	void buttons() throws Exception {
		long li = person("李振华");
		var township = DemoLogin.as(mvc, "yueyahu-xz");
		String sheet = mvc.perform(get("/scoring/person/" + li).param("year", String.valueOf(year)).cookie(township))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(sheet).contains("id=\"scoring-export\"", "id=\"scoring-pdf\"",
				"/scoring/person/" + li + ".pdf?year=" + year);
		String list = mvc.perform(get("/scoring").param("year", String.valueOf(year)).cookie(township))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(list).contains("id=\"scoring-batch\"", "value=\"641101001\"", "打包下载全部考评表");
		String unit = mvc.perform(get("/scoring").param("year", String.valueOf(year)).cookie(DemoLogin.as(mvc, "caizheng-dw")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(unit).contains("李振华").doesNotContain("id=\"scoring-batch\"");
	}

	@Test
	@DisplayName("FRM-2: the batch of 月牙湖乡 holds a PDF and an .xlsx per person and team; outsiders are refused")
	void townshipBatch() throws Exception {
		String location = mvc.perform(post("/scoring/batch").param("township", "641101001").param("year", String.valueOf(year))
			.cookie(DemoLogin.as(mvc, "yueyahu-xz")).with(csrf())).andExpect(status().is3xxRedirection()).andReturn()
			.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/printing/batches/");
		String id = location.substring("/printing/batches/".length());
		RunAs runAs = new RunAs(accounts);
		for (int i = 0; i < 1500 && !runAs.as("yueyahu-xz", () -> batches.progress(id).finished()); i++) {
			Thread.sleep(20);
		}
		var township = runAs.as("yueyahu-xz", () -> sheets.township("641101001", year));
		int expected = 2 * (township.people().size() + township.villages().size());
		assertThat(township.people()).extracting(p -> p.personName()).contains("李振华", "王秀英");
		assertThat(runAs.as("yueyahu-xz", () -> batches.progress(id))).satisfies(p -> {
			assertThat(p.finished()).isTrue();
			assertThat(p.failed()).isZero();
			assertThat(p.total()).isEqualTo(expected);
		});
		List<String> names = new ArrayList<>();
		var download = runAs.as("yueyahu-xz", () -> batches.download(id));
		try (InputStream in = Files.newInputStream(download.file()); ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
			for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				names.add(e.getName());
			}
		}
		assertThat(names).hasSize(expected);
		assertThat(names.stream().filter(n -> n.endsWith(".pdf"))).hasSize(expected / 2);
		assertThat(names.stream().filter(n -> n.endsWith(".xlsx"))).hasSize(expected / 2);
		assertThat(names).anyMatch(n -> n.contains("李振华") && n.endsWith(".pdf"))
			.anyMatch(n -> n.contains("石嘴村工作队") && n.endsWith(".pdf"));

		for (String outsider : List.of("zhenbeibu-xz", "huanghe-zzb")) {
			mvc.perform(post("/scoring/batch").param("township", "641101001").param("year", String.valueOf(year))
				.cookie(DemoLogin.as(mvc, outsider)).with(csrf())).andExpect(status().isNotFound());
			mvc.perform(post("/api/v1/scoring/batches").param("township", "641101001")
				.header("Authorization", "Bearer " + ApiTokens.of(mvc, outsider))).andExpect(status().isNotFound());
		}
	}

	@Test
	@DisplayName("BUR-3: the township's card counts the items waiting for its score, one less once it scores one")
	void waitingCard() throws Exception {
		RunAs runAs = new RunAs(accounts);
		String page = mvc.perform(get("/").cookie(DemoLogin.as(mvc, "yueyahu-xz"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		long now = runAs.as("yueyahu-xz", () -> sheets.waitingForMyOffice(year));
		// the demo leaves items of 石嘴村's sheets for the township to score (e.g. the team's 2.3.4 and 2.3.5)
		assertThat(now).isPositive();
		assertThat(page).contains("待我单位评分的考评项目", "/scoring?year=" + year, ">" + now + "<");
		String cadre = mvc.perform(get("/").cookie(DemoLogin.as(mvc, "cadre-wang"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(cadre).doesNotContain("待我单位评分的考评项目");

		// the year before: the team sheet of 石嘴村 (no other test scores it) waits for the township somewhere
		int last = year - 1;
		long before = runAs.as("yueyahu-xz", () -> sheets.waitingForMyOffice(last));
		FilledSheet team = runAs.as("yueyahu-xz", () -> sheets.team("641101001001", last));
		SheetEvaluator.Line line = team.lines()
			.stream()
			.filter(l -> !l.sum() && l.waiting() && l.outcome().waiting().args().contains(RaterKind.TOWNSHIP_PARTY_COMMITTEE))
			.findFirst()
			.orElseThrow();
		assertThat(before).isPositive();
		runAs.run("yueyahu-xz", () -> sheets.rate(new RateCommand(Subject.TEAM, null, "641101001001", last, line.item().code(),
				"TOWNSHIP_PARTY_COMMITTEE", "月牙湖乡党委", BigDecimal.ZERO, "卡片计数")));
		assertThat(runAs.as("yueyahu-xz", () -> sheets.waitingForMyOffice(last))).isEqualTo(before - 1);
	}

	@Test
	@DisplayName("BUR-3: the card counts exactly the lines the office's sheets show waiting for its raters, for a township and a county")
	void waitingCardMatchesTheSheets() {
		RunAs runAs = new RunAs(accounts);
		for (String office : List.of("yueyahu-xz", "shahu-zzb", "shahu-fpb")) {
			for (int y : List.of(year, year - 1)) {
				long onSheets = runAs.as(office, () -> {
					var mine = sheets.enterableRaters();
					List<FilledSheet> all = new ArrayList<>();
					sheets.people(y).forEach(p -> all.add(sheets.person(p.personId(), y)));
					sheets.teams(y).forEach(v -> all.add(sheets.team(v.code(), y)));
					return all.stream()
						.flatMap(sheet -> sheet.lines().stream())
						.filter(l -> !l.sum() && l.waiting() && l.outcome().waiting().args().stream().anyMatch(mine::contains))
						.count();
				});
				assertThat(runAs.as(office, () -> sheets.waitingForMyOffice(y))).as(office + " " + y).isEqualTo(onSheets);
				if (y == year - 1 && office.equals("yueyahu-xz")) {
					assertThat(onSheets).as("the demo leaves lines for the township to score").isPositive();
				}
			}
		}
	}

}
