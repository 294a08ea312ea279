package org.zhucun.browser;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * FRM-1 on a phone: the township opens 空白表格, starts the download of all blank forms and watches
 * the progress bar (htmx polls it every second) until the download button appears.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class PrintingBrowserTests {

	@LocalServerPort
	int port;

	@Test
	@DisplayName("FRM-1: at 360 px a township downloads all blank forms as a .zip after the progress bar fills")
	void batchOfBlankForms() {
		try (Browser browser = Browser.open("http://localhost:" + port)) {
			try {
				browser.resizeViewport(360, 740);
				browser.logIn("yueyahu-xz", DemoLogin.PASSWORD);
				browser.get("/printing/forms");
				assertThat(browser.waitFor(By.id("printing-forms")).getText()).contains("空白考核表格", "附件4", "附件5");
				browser.screenshot("printing-forms-phone");
				WebElement start = browser.driver().findElement(By.id("blank-batch"));
				browser.script("arguments[0].scrollIntoView({ block: 'center', behavior: 'instant' });", start);
				start.click();
				browser.waitUntilStale(start);
				assertThat(browser.path()).matches("/printing/batches/[0-9a-f-]{36}");
				WebElement download = browser.waitFor(By.cssSelector(".batch-download"));
				assertThat(download.getAttribute("href")).endsWith("/download");
				assertThat(browser.driver().findElement(By.cssSelector(".batch-count")).getText()).isEqualTo("已生成 4 / 4 个文件");
				assertThat(browser.driver().findElement(By.cssSelector(".progress-bar")).getText()).isEqualTo("100%");
				Number overflow = (Number) browser.script("return document.documentElement.scrollWidth - window.innerWidth;");
				assertThat(overflow.intValue()).as("no sideways scrolling at phone width").isLessThanOrEqualTo(0);
				browser.screenshot("printing-batch-done-phone");
			}
			catch (AssertionError | RuntimeException ex) {
				browser.keepEvidence("failed-printing-batch");
				throw ex;
			}
		}
	}

}
