package org.zhucun.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.zhucun.DemoLogin;

/**
 * Phone check-in (ATT-8, BUR-2) in a real browser at phone width: 沙湖县委组织部 switches check-in on
 * for 沙湖县; cadre-wang, with the browser's location set 80 m from 石嘴村's centre, presses 签到 and
 * sees the accepted check-in (static/js/checkin.js, geolocation, CSRF, idempotency key).
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class CheckinBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void switchOffAgain() {
		jdbc.update("update checkin_county set enabled = false");
		jdbc.update("delete from checkin where person_id = (select id from person where name = '王建国')");
	}

	@Test
	@DisplayName("ATT-8, BUR-2: shahu-zzb switches check-in on; cadre-wang checks in at 360 px inside 石嘴村's fence")
	void switchOnAndCheckIn() {
		String base = "http://localhost:" + port;
		try (Browser browser = Browser.open(base)) {
			try {
				switchOnAndCheckIn(browser, base);
			}
			catch (AssertionError | RuntimeException ex) {
				browser.keepEvidence("failed-switchOnAndCheckIn");
				throw ex;
			}
		}
	}

	private void switchOnAndCheckIn(Browser browser, String base) {
		browser.resizeViewport(360, 740);
		browser.logIn("shahu-zzb", DemoLogin.PASSWORD);
		browser.get("/attendance/checkin/counties");
		assertThat(browser.waitFor(By.id("county-641101")).getText()).contains("沙湖县", "未开启");
		WebElement on = browser.waitFor(By.id("switch-641101"));
		on.click();
		browser.waitUntilStale(on);
		assertThat(browser.waitFor(By.id("county-641101")).getText()).contains("已开启");
		assertThat(browser.waitFor(By.id("flash")).getText()).contains("已为沙湖县开启手机签到");
		browser.screenshot("checkin-counties-phone");
		browser.logOut();

		// 石嘴村: 38.783° N, 106.527° E, fence 500 m; 0.00072° of latitude north is 80 m
		browser.driver().executeCdpCommand("Browser.grantPermissions",
				Map.of("origin", base, "permissions", List.of("geolocation")));
		browser.driver().executeCdpCommand("Emulation.setGeolocationOverride",
				Map.of("latitude", 38.78372, "longitude", 106.527, "accuracy", 12));
		browser.logIn("cadre-wang", DemoLogin.PASSWORD);
		browser.get("/attendance/checkin");
		assertThat(browser.waitFor(By.id("checkin-ready")).getText()).contains("石嘴村", "500 米");
		browser.waitFor(By.id("checkin-button")).click();
		new WebDriverWait(browser.driver(), Browser.WAIT)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("checkin-result"), "签到成功"));
		assertThat(browser.driver().findElement(By.id("checkin-result")).getText()).contains("石嘴村", "距村中心 80 米");
		// the page reloads itself and shows today's check-in
		assertThat(browser.waitFor(By.id("checkin-today")).getText()).contains("今天已于");
		assertThat(browser.driver().findElement(By.id("checkin-recent")).getText()).contains("已签到");
		assertThat(browser.script("return window.sessionStorage.getItem('zhucun.checkin.pending');"))
			.as("the key is spent once the server answered").isNull();
		browser.screenshot("checkin-phone");
	}


}
