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

/**
 * The public village page (CON-1) as a villager sees it on a phone, without logging in, and the
 * notice-board sheet with its QR code.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class PublicVillageBrowserTests {

	@LocalServerPort
	int port;

	@Test
	@DisplayName("CON-1: the public page of 石嘴村 opens at 360 px without login and shows the posted people; the notice sheet shows a QR code")
	void publicPageAtPhoneWidth() {
		try (Browser browser = Browser.open("http://localhost:" + port)) {
			try {
				browser.resizeViewport(360, 740);
				browser.get("/public/villages/641101001001");
				WebElement people = browser.waitFor(By.id("public-people"));
				assertThat(browser.path()).isEqualTo("/public/villages/641101001001");
				assertThat(browser.driver().findElement(By.id("village-name")).getText()).isEqualTo("石嘴村");
				assertThat(people.findElements(By.cssSelector(".public-person"))).hasSizeGreaterThanOrEqualTo(3);
				assertThat(people.getText()).contains("李振华", "第一书记", "沙湖县财政局");
				WebElement photo = people.findElement(By.cssSelector("img.public-photo"));
				assertThat(((Number) browser.script("return arguments[0].naturalWidth;", photo)).intValue())
					.as("the photo loads without login").isGreaterThan(0);
				Number overflow = (Number) browser.script("return document.documentElement.scrollWidth - window.innerWidth;");
				assertThat(overflow.intValue()).as("no sideways scrolling at phone width").isLessThanOrEqualTo(0);
				browser.screenshot("public-village-phone");

				// the page links its notice sheet; open it where the link points
				String notice = browser.driver().findElement(By.id("notice-link")).getAttribute("href");
				assertThat(notice).endsWith("/public/villages/641101001001/notice");
				browser.driver().get(notice);
				WebElement qr = browser.waitFor(By.id("notice-qr"));
				assertThat(qr.getAttribute("src")).startsWith("data:image/png;base64,");
				assertThat(((Number) browser.script("return arguments[0].naturalWidth;", qr)).intValue()).isGreaterThan(0);
				assertThat(browser.driver().findElement(By.id("notice-url")).getText())
					.endsWith("/public/villages/641101001001");
			}
			catch (AssertionError | RuntimeException ex) {
				browser.keepEvidence("failed-publicPageAtPhoneWidth");
				throw ex;
			}
		}
	}

}
