package org.zhucun.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.zhucun.DemoLogin;

/**
 * The township's monthly register (ATT-9) in a real browser: the clerk of 月牙湖乡 opens October
 * 2026 from the menu, marks one unexcused absence and one training day for 王秀英, and confirms the
 * month; her figure goes from 18 of 18 days to 17 (the training day counts as a day in the village).
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class AttendanceRegisterBrowserTests {

	@LocalServerPort
	int port;

	@Test
	@DisplayName("ATT-9, ATT-3, ATT-4: the clerk marks an absence and a training day, confirms October 2026, and the monthly figure follows")
	void clerkMarksAndConfirms() {
		try (Browser browser = Browser.open("http://localhost:" + port)) {
			try {
				markAndConfirm(browser);
			}
			catch (AssertionError | RuntimeException ex) {
				browser.keepEvidence("failed-clerkMarksAndConfirms");
				throw ex;
			}
		}
	}

	private void markAndConfirm(Browser browser) {
		browser.logIn("yueyahu-xz", DemoLogin.PASSWORD);
		browser.get("/");
		browser.waitFor(By.cssSelector("a[href='/attendance/register']")).click();
		browser.waitFor(By.id("register-table"));
		browser.get("/attendance/register?township=641101001&month=2026-10");
		WebElement row = browser.waitFor(By.xpath("//tr[th/span[text()='王秀英']]"));
		String person = row.getAttribute("id").substring("row-".length());
		assertThat(figure(browser, person)).isEqualTo("18/18");

		mark(browser, person, "2026-10-12", "ABSENT", null);
		assertThat(figure(browser, person)).isEqualTo("17/18");
		assertThat(browser.driver().findElement(By.id("figure-" + person)).getText()).contains("差 1 天");
		mark(browser, person, "2026-10-13", "TRAINING", "县委党校专题培训");
		assertThat(browser.driver().findElement(By.id("cell-" + person + "-2026-10-13")).getText()).isEqualTo("X");
		assertThat(figure(browser, person)).as("training counts as a day in the village").isEqualTo("17/18");

		WebElement confirm = browser.waitFor(By.id("confirm-month"));
		confirm.click();
		browser.driver().switchTo().alert().accept();
		browser.waitUntilStale(confirm);
		assertThat(browser.waitFor(By.id("register-confirmed")).getText()).contains("已于", "确认");
		assertThat(browser.driver().findElements(By.id("confirm-month"))).isEmpty();
		assertThat(figure(browser, person)).isEqualTo("17/18");
		assertThat(browser.driver().findElement(By.id("cell-" + person + "-2026-10-12")).getText()).isEqualTo("A");
		browser.screenshot("attendance-register-confirmed");
	}

	private static void mark(Browser browser, String person, String day, String status, String note) {
		WebElement cell = browser.waitFor(By.id("cell-" + person + "-" + day));
		browser.script("arguments[0].scrollIntoView({block: 'center', inline: 'center'});", cell);
		cell.click();
		new Select(browser.waitFor(By.id("status"))).selectByValue(status);
		if (note != null) {
			browser.driver().findElement(By.id("note")).sendKeys(note);
		}
		WebElement save = browser.driver().findElement(By.id("save-day"));
		save.click();
		browser.waitUntilStale(save);
		assertThat(browser.waitFor(By.id("flash")).getText()).isEqualTo("已保存。");
	}

	private static String figure(Browser browser, String person) {
		return browser.waitFor(By.cssSelector("#figure-" + person + " .figure-value")).getText();
	}

}
