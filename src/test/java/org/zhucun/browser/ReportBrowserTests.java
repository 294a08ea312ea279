package org.zhucun.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.zhucun.DemoLogin;

/**
 * The first secretary's day on a phone (LOG-1, REP-1, REP-5): cadre-wang writes a work-log entry
 * at 360 px and submits the quarterly report; 月牙湖乡党委 sees it on its workbench among the
 * reports to receive and marks it received; the report then shows who received it and when.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class ReportBrowserTests {

	static final String LOG_TEXT = "测试浏览器：走访石嘴村五保户三户，排查冬季取暖";

	static final String TITLE = "测试浏览器：本季度驻村工作报告";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	@AfterEach
	void removeTestRecords() {
		jdbc.update("delete from report where title = ?", TITLE);
		jdbc.update("delete from worklog_entry where text = ?", LOG_TEXT);
	}

	@Test
	@DisplayName("LOG-1, REP-1: at 360 px the first secretary writes a log entry and submits the quarterly report; the township sees it on its workbench and marks it received")
	void firstSecretaryReportsTownshipReceives() {
		try (Browser browser = Browser.open("http://localhost:" + port)) {
			try {
				writeSubmitAndReceive(browser);
			}
			catch (AssertionError | RuntimeException ex) {
				browser.keepEvidence("failed-firstSecretaryReportsTownshipReceives");
				throw ex;
			}
		}
	}

	private void writeSubmitAndReceive(Browser browser) {
		browser.resizeViewport(360, 740);
		browser.logIn("cadre-wang", DemoLogin.PASSWORD);

		// LOG-1: a log entry in a few taps
		browser.get("/worklog");
		browser.waitFor(By.id("worklog-form"));
		browser.driver().findElement(By.id("text")).sendKeys(LOG_TEXT);
		WebElement save = browser.driver().findElement(By.id("submit-entry"));
		tap(browser, save);
		browser.waitUntilStale(save);
		assertThat(browser.waitFor(By.id("entries")).getText()).contains(LOG_TEXT);
		browser.screenshot("report-worklog-phone");

		// REP-1: the quarterly report of the current quarter (the form's default)
		browser.get("/reports");
		browser.waitFor(By.id("new-report")).click();
		browser.waitFor(By.id("report-form"));
		assertThat(new Select(browser.driver().findElement(By.id("kind"))).getFirstSelectedOption().getText())
			.isEqualTo("季度报告");
		browser.driver().findElement(By.id("title")).sendKeys(TITLE);
		browser.driver().findElement(By.id("body")).sendKeys("一、走访农户。二、冬季取暖排查。三、下季度计划。");
		assertNoSidewaysScrolling(browser);
		browser.screenshot("report-form-phone");
		WebElement submit = browser.driver().findElement(By.id("report-submit"));
		tap(browser, submit);
		browser.waitUntilStale(submit);
		assertThat(browser.waitFor(By.id("report-title")).getText()).isEqualTo(TITLE);
		assertThat(browser.driver().findElement(By.id("report-recipients")).getText()).contains("月牙湖乡党委", "沙湖县财政局",
				"待接收");
		String page = browser.path();
		assertThat(page).matches("/reports/\\d+");
		browser.logOut();

		// the township: the report waits on its workbench, it marks it received
		browser.logIn("yueyahu-xz", DemoLogin.PASSWORD);
		assertThat(browser.waitFor(By.id("workbench")).getText()).contains("待接收的报告", "王建国：季度报告《" + TITLE + "》");
		browser.screenshot("report-township-workbench-phone");
		browser.get("/reports?box=TO_RECEIVE");
		tap(browser, browser.waitFor(By.cssSelector("a[href='" + page + "']")));
		WebElement receive = browser.waitFor(By.id("report-receive"));
		tap(browser, receive);
		browser.waitUntilStale(receive);
		assertThat(browser.waitFor(By.id("flash")).getText()).isEqualTo("已确认接收。");
		String recipients = browser.driver().findElement(By.id("report-recipients")).getText();
		assertThat(recipients).contains("已接收（").contains("待接收");
		assertThat(browser.driver().findElements(By.id("report-receive"))).isEmpty();
		assertNoSidewaysScrolling(browser);
		browser.screenshot("report-received-phone");
		browser.logOut();

		// the author sees the township's receipt
		browser.logIn("cadre-wang", DemoLogin.PASSWORD);
		browser.get(page);
		assertThat(browser.waitFor(By.id("report-recipients")).getText()).contains("已接收（");
	}

	/** Scrolls the button to the middle of the small screen, as a thumb would, and taps it. */
	private static void tap(Browser browser, WebElement button) {
		browser.script("arguments[0].scrollIntoView({ block: 'center', behavior: 'instant' });", button);
		button.click();
	}

	private static void assertNoSidewaysScrolling(Browser browser) {
		Number overflow = (Number) browser.script("return document.documentElement.scrollWidth - window.innerWidth;");
		assertThat(overflow.intValue()).as("no sideways scrolling at phone width").isLessThanOrEqualTo(0);
	}


}
