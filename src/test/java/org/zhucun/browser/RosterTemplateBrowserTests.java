package org.zhucun.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.zhucun.DemoLogin;
import org.zhucun.personnel.ChineseIdNumber;

/**
 * The roster template round trip (PER-5) in a real browser at phone width: a township officer
 * downloads the template the page offers, fills in three people for the township's own villages,
 * uploads it, finds the three in the people list and opens one of them.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class RosterTemplateBrowserTests {

	/** Three people for 月牙湖乡's villages: name, ID number (17 digits), village. */
	static final List<String[]> PEOPLE = List.of(new String[] { "模板导入甲", "64991019880303011", "641101001001" },
			new String[] { "模板导入乙", "64991019880303021", "641101001002" },
			new String[] { "模板导入丙", "64991019880303031", "641101001003" });

	@LocalServerPort
	int port;

	@Test
	@DisplayName("PER-5, PER-1, ORG-5: a township officer imports the template with 3 people, finds them in the list and opens one")
	void townshipImportsTemplateWithThreePeople() throws Exception {
		try (Browser browser = Browser.open("http://localhost:" + port)) {
			try {
				importThree(browser);
			}
			catch (AssertionError | RuntimeException ex) {
				browser.keepEvidence("failed-townshipImportsTemplateWithThreePeople");
				throw ex;
			}
		}
	}

	private void importThree(Browser browser) throws Exception {
		browser.resizeViewport(360, 740);
		browser.logIn("yueyahu-xz", DemoLogin.PASSWORD);
		browser.get("/personnel");
		browser.waitFor(By.id("import-people")).click();
		String templateHref = browser.waitFor(By.id("download-roster-template")).getAttribute("href");

		Path file = filledTemplate(download(templateHref, browser.driver().manage().getCookieNamed("SESSION").getValue()));
		browser.driver().findElement(By.id("roster-file")).sendKeys(file.toAbsolutePath().toString());
		browser.driver().findElement(By.id("roster-submit")).click();
		assertThat(browser.waitFor(By.id("flash")).getText()).contains("已导入 3 人", "3 人已派驻到村");
		browser.screenshot("roster-template-imported-phone");

		browser.get("/personnel?q=%E6%A8%A1%E6%9D%BF%E5%AF%BC%E5%85%A5");
		WebElement people = browser.waitFor(By.id("people-table"));
		assertThat(people.getText()).contains("模板导入甲", "模板导入乙", "模板导入丙");
		browser.screenshot("roster-template-list-phone");

		people.findElement(By.linkText("模板导入乙")).click();
		WebElement heading = browser.waitFor(By.tagName("h1"));
		assertThat(heading.getText()).isEqualTo("模板导入乙");
		String page = browser.driver().findElement(By.tagName("main")).getText();
		assertThat(page).contains("工作队队员", "2026-11-01")
			// SEC-5: the ID number is masked on the person page
			.doesNotContain(id(PEOPLE.get(1)[1]));
		Number overflow = (Number) browser.script("return document.documentElement.scrollWidth - window.innerWidth;");
		assertThat(overflow.intValue()).as("no sideways scrolling at phone width").isLessThanOrEqualTo(0);
		browser.screenshot("roster-template-person-phone");
	}

	/** Downloads the template with the officer's session, as the link in the browser would. */
	private static byte[] download(String href, String session) throws Exception {
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", "SESSION=" + session).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	/** The downloaded template with three rows filled in under its own headers. */
	private static Path filledTemplate(byte[] template) throws Exception {
		Path file = Files.createTempFile("roster-template", ".xlsx");
		file.toFile().deleteOnExit();
		try (InputStream in = new java.io.ByteArrayInputStream(template); Workbook workbook = new XSSFWorkbook(in);
				OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.getSheetAt(0);
			Map<String, Integer> columns = new LinkedHashMap<>();
			for (Cell header : sheet.getRow(0)) {
				columns.put(header.getStringCellValue(), header.getColumnIndex());
			}
			for (int i = 0; i < PEOPLE.size(); i++) {
				String[] person = PEOPLE.get(i);
				Row row = sheet.createRow(i + 1);
				Map<String, String> values = Map.of("姓名", person[0], "政治面貌", "中共党员", "工作单位及职务", "沙湖县财政局科员",
						"身份证号", id(person[1]), "派出单位代码", "U641101-01", "驻村代码", person[2], "驻村身份", "工作队队员",
						"开始日期", "2026-11-01");
				values.forEach((header, value) -> {
					assertThat(columns).as("the template has the column %s", header).containsKey(header);
					row.createCell(columns.get(header)).setCellValue(value);
				});
			}
			workbook.write(out);
		}
		return file;
	}

	private static String id(String seventeen) {
		return seventeen + ChineseIdNumber.checkCharacter(seventeen);
	}

}
