package org.zhucun.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.zhucun.DemoLogin;

/**
 * Leave (LEA-1) in a real browser at phone width: the demo cadre requests two days, sees the live
 * count of working days and who approves, the township party committee approves, and the cadre sees
 * 已批准 with the township's decision.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class LeaveBrowserTests {

	static final String REASON = "测试浏览器：回老家办理房产过户手续";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTestRequest() {
		jdbc.update("delete from leave_decision where request_id in (select id from leave_request where reason = ?)", REASON);
		jdbc.update("delete from leave_request where reason = ?", REASON);
	}

	@Test
	@DisplayName("LEA-1: cadre-wang requests a 2-day leave at 360 px, yueyahu-xz approves it, cadre-wang sees 已批准")
	void cadreRequestsTownshipApproves() {
		try (Browser browser = Browser.open("http://localhost:" + port)) {
			try {
				requestApproveAndSee(browser);
			}
			catch (AssertionError | RuntimeException ex) {
				browser.keepEvidence("failed-cadreRequestsTownshipApproves");
				throw ex;
			}
		}
	}

	private void requestApproveAndSee(Browser browser) {
		browser.resizeViewport(360, 740);
		browser.logIn("cadre-wang", DemoLogin.PASSWORD);
		browser.get("/leave");
		browser.waitFor(By.id("new-leave")).click();
		browser.waitFor(By.id("leave-form"));
		// Mon 28 – Tue 29 December 2026
		setDate(browser, "startDate", "2026-12-28");
		setDate(browser, "endDate", "2026-12-29");
		WebElement preview = browser.waitFor(By.id("leave-preview-count"));
		assertThat(preview.getText()).contains("王建国", "共 2 个工作日", "乡镇党委审批");
		browser.screenshot("leave-request-phone");
		browser.driver().findElement(By.id("reason")).sendKeys(REASON);
		WebElement submit = browser.driver().findElement(By.id("leave-submit"));
		submit.click();
		browser.waitUntilStale(submit);
		assertThat(browser.waitFor(By.id("leave-state")).getText()).isEqualTo("待审批");
		String page = browser.path();
		assertThat(page).matches("/leave/\\d+");
		browser.logOut();

		browser.logIn("yueyahu-xz", DemoLogin.PASSWORD);
		browser.get(page);
		browser.waitFor(By.id("opinion")).sendKeys("同意，注意安全");
		WebElement approve = browser.driver().findElement(By.id("approve"));
		approve.click();
		browser.waitUntilStale(approve);
		assertThat(browser.waitFor(By.id("leave-state")).getText()).isEqualTo("已批准");
		browser.logOut();

		browser.logIn("cadre-wang", DemoLogin.PASSWORD);
		browser.get("/leave?box=MINE");
		browser.waitFor(By.id("leave-requests"));
		browser.driver().findElement(By.cssSelector("a[href='" + page + "']")).click();
		assertThat(browser.waitFor(By.id("leave-state")).getText()).isEqualTo("已批准");
		assertThat(browser.driver().findElement(By.id("leave-decisions")).getText()).contains("月牙湖乡党委", "同意，注意安全");
		Number overflow = (Number) browser.script("return document.documentElement.scrollWidth - window.innerWidth;");
		assertThat(overflow.intValue()).as("no sideways scrolling at phone width").isLessThanOrEqualTo(0);
		browser.screenshot("leave-approved-phone");
	}

	/** Sets a date field as a date picker would, and fires the change that asks for the live count. */
	private static void setDate(Browser browser, String id, String isoDate) {
		WebElement field = browser.waitFor(By.id(id));
		browser.script("arguments[0].value = arguments[1];"
				+ "arguments[0].dispatchEvent(new Event('change', { bubbles: true }));", field, isoDate);
	}


}
