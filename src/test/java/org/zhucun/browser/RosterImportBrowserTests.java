package org.zhucun.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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
 * The roster import (PER-5) in a real browser at phone width: a township officer opens it from the
 * people list, uploads a file with a row for the sibling township's village, and reads which row is
 * wrong; nothing is imported.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class RosterImportBrowserTests {

	@LocalServerPort
	int port;

	@Test
	@DisplayName("PER-5, ORG-5: a township officer uploads a roster at phone width and sees the bad row, nothing imported")
	void townshipUploadsRosterWithBadRow() throws Exception {
		try (Browser browser = Browser.open("http://localhost:" + port)) {
			try {
				uploadWithBadRow(browser);
			}
			catch (AssertionError | RuntimeException ex) {
				browser.keepEvidence("failed-townshipUploadsRosterWithBadRow");
				throw ex;
			}
		}
	}

	private void uploadWithBadRow(Browser browser) throws Exception {
		browser.resizeViewport(360, 740);
		browser.logIn("yueyahu-xz", DemoLogin.PASSWORD);
		browser.get("/personnel");
		browser.waitFor(By.id("import-people")).click();
		browser.waitFor(By.id("download-roster-template"));
		assertThat(browser.path()).isEqualTo("/personnel/import");

		Path file = roster();
		browser.driver().findElement(By.id("roster-file")).sendKeys(file.toAbsolutePath().toString());
		browser.driver().findElement(By.id("roster-submit")).click();
		WebElement errors = browser.waitFor(By.id("roster-errors"));
		assertThat(browser.driver().findElement(By.id("roster-rejection")).getText()).contains("未导入任何数据");
		assertThat(errors.getText()).contains("3", "驻村代码", "驻村代码“641101002001”不存在，或不在您的管理范围内")
			.doesNotContain("2 驻村代码");
		Number overflow = (Number) browser.script("return document.documentElement.scrollWidth - window.innerWidth;");
		assertThat(overflow.intValue()).as("no sideways scrolling at phone width").isLessThanOrEqualTo(0);
		browser.screenshot("roster-import-rejected-phone");
		// the good row 2 was not imported either
		browser.get("/personnel?q=%E6%B5%8F%E8%A7%88%E5%99%A8%E5%AF%BC%E5%85%A5");
		assertThat(browser.waitFor(By.id("people")).getText()).doesNotContain("浏览器导入甲");
	}

	/** Row 2 for 月牙湖乡's own village, row 3 for a village of 镇北堡镇. */
	private static Path roster() throws Exception {
		Path file = Files.createTempFile("roster", ".xlsx");
		String[][] rows = { { "姓名", "政治面貌", "工作单位及职务", "身份证号", "派出单位代码", "驻村代码", "驻村身份", "开始日期" },
				{ "浏览器导入甲", "中共党员", "科员", id("64991019900101011"), "U641101-02", "641101001002", "工作队队员", "2026-11-01" },
				{ "浏览器导入乙", "中共党员", "科员", id("64991019900101021"), "U641101-02", "641101002001", "工作队队员", "2026-11-01" } };
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet();
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			workbook.write(out);
		}
		file.toFile().deleteOnExit();
		return file;
	}

	private static String id(String seventeen) {
		return seventeen + ChineseIdNumber.checkCharacter(seventeen);
	}

}
