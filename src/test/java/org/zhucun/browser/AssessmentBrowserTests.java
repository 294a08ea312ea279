package org.zhucun.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.zhucun.DemoLogin;

/**
 * ASM-1 in a real browser at phone width: 王建国 begins his quarterly assessment and writes his summary,
 * then the village party branch, the township party committee (with the grade), 王建国 himself, the
 * county organisation department and the county poverty office each sign their step of the Annex 4
 * chain with their own account, and the county sees the result on its quarter board.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class AssessmentBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	int year;

	int quarter;

	@BeforeEach
	@AfterEach
	void removeTestAssessment() {
		year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
		quarter = (LocalDate.now(ZoneId.of("Asia/Shanghai")).getMonthValue() - 1) / 3 + 1;
		String where = "person_name = '王建国' and kind = 'QUARTERLY' and period_year = " + year + " and quarter = " + quarter;
		jdbc.update("delete from assessment_step where assessment_id in (select id from assessment where " + where + ")");
		jdbc.update("delete from assessment_event where assessment_id in (select id from assessment where " + where + ")");
		jdbc.update("delete from assessment where " + where);
	}

	@Test
	@DisplayName("ASM-1: every step of the Annex 4 chain by its own account at 360 px; 沙湖县委组织部 sees the grade on its board")
	void quarterlyChainThroughEveryOffice() {
		try (Browser browser = Browser.open("http://localhost:" + port)) {
			try {
				walkTheChain(browser);
			}
			catch (AssertionError | RuntimeException ex) {
				browser.keepEvidence("failed-quarterlyChainThroughEveryOffice");
				throw ex;
			}
		}
	}

	private void walkTheChain(Browser browser) {
		browser.resizeViewport(360, 740);
		long wang = jdbc.queryForObject("select id from person where name = '王建国'", Long.class);
		String board = "/assessment?kind=QUARTERLY&year=" + year + "&quarter=" + quarter;

		browser.logIn("cadre-wang", DemoLogin.PASSWORD);
		browser.get(board);
		WebElement start = browser.waitFor(By.cssSelector("#board-" + wang + " .start-assessment"));
		start.click();
		browser.waitUntilStale(start);
		String page = browser.path();
		assertThat(page).matches("/assessment/\\d+");
		WebElement summary = browser.waitFor(By.id("opinion-SUMMARY"));
		assertThat(summary.getAttribute("value")).as("pre-filled from the work log").contains("工作日志");
		summary.sendKeys("\n本季度组织枸杞合作社分红大会，走访脱贫户 32 户。");
		browser.screenshot("assessment-summary-phone");
		submit(browser, "SUMMARY");
		assertThat(browser.waitFor(By.id("step-SUMMARY")).getText()).contains("走访脱贫户 32 户", "王建国");
		browser.logOut();

		sign(browser, "yueyahu-cun1", page, "VILLAGE", "该同志扎根村里，群众认可。", null);
		sign(browser, "yueyahu-xz", page, "TOWNSHIP", "工作扎实，成效明显。", "COMPETENT");
		sign(browser, "cadre-wang", page, "PERSON", "无异议。", null);
		sign(browser, "shahu-zzb", page, "COUNTY_ORG", "同意乡镇党委意见。", null);
		sign(browser, "shahu-fpb", page, "COUNTY_POVERTY", "同意。", null);
		assertThat(browser.waitFor(By.id("assessment-state")).getText()).isEqualTo("已完成");
		browser.logOut();

		browser.logIn("shahu-zzb", DemoLogin.PASSWORD);
		browser.get(page);
		String chain = browser.waitFor(By.id("assessment-chain")).getText();
		assertThat(chain).contains("走访脱贫户 32 户", "月牙湖乡一村党支部 周平", "月牙湖乡党委 马军", "沙湖县委组织部 王芳",
				"沙湖县扶贫办 刘洋");
		String grade = browser.waitFor(By.id("assessment-grade")).getText();
		assertThat(grade).isIn("称职", "合格");
		browser.get(board);
		assertThat(browser.waitFor(By.id("board-" + wang)).getText()).contains(grade);
		Number overflow = (Number) browser.script("return document.documentElement.scrollWidth - window.innerWidth;");
		assertThat(overflow.intValue()).as("no sideways scrolling at phone width").isLessThanOrEqualTo(0);
		browser.screenshot("assessment-county-board-phone");
	}

	private static void sign(Browser browser, String user, String page, String step, String opinion, String grade) {
		browser.logIn(user, DemoLogin.PASSWORD);
		browser.get(page);
		browser.waitFor(By.id("opinion-" + step)).sendKeys(opinion);
		if (grade != null) {
			new Select(browser.driver().findElement(By.id("grade-" + step))).selectByValue(grade);
		}
		submit(browser, step);
		assertThat(browser.waitFor(By.id("step-" + step)).getText()).contains(opinion, "已签署");
		if (!step.equals("COUNTY_POVERTY")) {
			browser.logOut();
		}
	}

	private static void submit(Browser browser, String step) {
		WebElement submit = browser.driver().findElement(By.id("submit-" + step));
		// the open step's form sits below the chain: bring its button above the phone's fold at once (Bootstrap scrolls
		// smoothly otherwise), clear of the sticky top bar
		browser.script("window.scrollTo({ top: arguments[0].getBoundingClientRect().top + window.scrollY - 300, "
				+ "behavior: 'instant' });", submit);
		new WebDriverWait(browser.driver(), Browser.WAIT).until(ExpectedConditions.elementToBeClickable(submit));
		submit.click();
		browser.waitUntilStale(submit);
	}


}
