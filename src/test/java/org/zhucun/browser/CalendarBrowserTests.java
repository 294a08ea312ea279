package org.zhucun.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.zhucun.DemoLogin;

/**
 * The working-day calendar (ATT-1) in a real browser at phone width: a township officer opens the
 * year 2026 from the menu's page and sees October's 18 working days, National Day marked as off and
 * Saturday 10 October marked as worked, and the county's 开斋节, without sideways scrolling.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class CalendarBrowserTests {

	@LocalServerPort
	int port;

	@Test
	@DisplayName("ATT-1: a township officer reads the 2026 calendar at phone width: holidays, make-up days, local holidays")
	void townshipReadsTheYear() throws Exception {
		try (Browser browser = Browser.open("http://localhost:" + port)) {
			try {
				browser.resizeViewport(360, 740);
				browser.logIn("yueyahu-xz", DemoLogin.PASSWORD);
				browser.get("/calendar");
				browser.waitFor(By.cssSelector("#known-years a[href$='/calendar/2026']")).click();
				browser.waitFor(By.id("month-grid"));
				assertThat(browser.path()).isEqualTo("/calendar/2026");
				assertThat(browser.driver().findElement(By.id("month-10-count")).getText()).contains("18");
				assertThat(browser.driver().findElement(By.cssSelector("td[data-day='2026-10-01']")).getAttribute("class"))
					.isEqualTo("cal-HOLIDAY");
				assertThat(browser.driver().findElement(By.cssSelector("td[data-day='2026-10-10']")).getAttribute("class"))
					.isEqualTo("cal-MAKEUP");
				assertThat(browser.driver().findElement(By.cssSelector("td[data-day='2026-03-20']")).getAttribute("title"))
					.isEqualTo("开斋节");
				Number overflow = (Number) browser.script("return document.documentElement.scrollWidth - window.innerWidth;");
				assertThat(overflow.intValue()).as("no sideways scrolling at phone width").isLessThanOrEqualTo(0);
				browser.screenshot("calendar-2026-phone");
			}
			catch (AssertionError | RuntimeException ex) {
				browser.keepEvidence("failed-townshipReadsTheYear");
				throw ex;
			}
		}
	}

}
