package org.zhucun.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.zhucun.DemoLogin;
import org.zhucun.RunAs;
import org.zhucun.survey.internal.RaterGroup;
import org.zhucun.survey.internal.SurveyService;

/**
 * SAT-1 as a villager and the township see it: a vote with a one-time code from a phone (360 px,
 * no login), and the slips the township prints.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class SurveyVoteBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	SurveyService surveys;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@DisplayName("SAT-1: a villager types the code from the slip on a phone without login, chooses 比较满意 and the vote counts once")
	void voteFromAPhone() {
		long team = jdbc.queryForObject("select min(id) from survey where subject = 'TEAM'", Long.class);
		String code = new RunAs(accounts).as("yueyahu-xz",
				() -> surveys.generateCodes(team, RaterGroup.VILLAGER_REPRESENTATIVES, 1)).get(0).code();
		long before = jdbc.queryForObject("select count(*) from survey_vote where survey_id = ?", Long.class, team);
		try (Browser browser = Browser.open("http://localhost:" + port)) {
			try {
				browser.resizeViewport(360, 740);
				browser.get("/public/survey");
				browser.waitFor(By.id("code")).sendKeys(code.substring(0, 4).toLowerCase() + "-" + code.substring(4));
				browser.driver().findElement(By.cssSelector("#code-form button")).click();
				assertThat(browser.waitFor(By.id("vote-subject")).getText()).contains("驻村工作队").contains("是否满意");
				browser.screenshot("survey-vote-phone");
				Number overflow = (Number) browser.script("return document.documentElement.scrollWidth - window.innerWidth;");
				assertThat(overflow.intValue()).as("no sideways scrolling at phone width").isLessThanOrEqualTo(0);
				browser.driver().findElement(By.cssSelector("input[name=answer][value=FAIRLY_SATISFIED]")).click();
				browser.driver().findElement(By.id("vote-submit")).click();
				assertThat(browser.waitFor(By.id("vote-thanks")).getText()).contains("投票成功");
				browser.screenshot("survey-voted-phone");
				browser.get("/public/survey?code=" + code);
				assertThat(browser.waitFor(By.id("vote-problem")).getText()).contains("只能投票一次");
			}
			catch (AssertionError | RuntimeException ex) {
				browser.keepEvidence("failed-voteFromAPhone");
				throw ex;
			}
		}
		assertThat(jdbc.queryForObject("select count(*) from survey_vote where survey_id = ?", Long.class, team))
			.isEqualTo(before + 1);
		// leave the demo as it was: the vote just cast (the newest of its group) and its code
		jdbc.update("delete from survey_vote where id = (select max(id) from survey_vote where survey_id = ?)", team);
		jdbc.update("delete from survey_code where id = (select max(id) from survey_code where survey_id = ?)", team);
	}

	@Test
	@DisplayName("SAT-1: the township prints the slips of unused codes: one slip per code, with subject, QR code and address")
	void township() {
		long leader = jdbc.queryForObject("select min(s.id) from survey s where s.subject = 'LEADER' and exists "
				+ "(select 1 from survey_code c where c.survey_id = s.id and c.used_at is null)", Long.class);
		try (Browser browser = Browser.open("http://localhost:" + port)) {
			try {
				browser.logIn("yueyahu-xz", DemoLogin.PASSWORD);
				browser.resizeViewport(390, 844);
				browser.get("/surveys");
				browser.waitFor(By.id("survey-list"));
				browser.screenshot("survey-list-phone");
				browser.get("/surveys/" + leader);
				browser.waitFor(By.id("survey-result"));
				browser.screenshot("survey-detail-phone");
				browser.resizeViewport(1000, 1400);
				browser.get("/surveys/" + leader + "/slips");
				browser.waitFor(By.id("survey-slips"));
				assertThat(browser.driver().findElements(By.cssSelector(".slip"))).hasSize(10);
				assertThat(browser.driver().findElement(By.cssSelector(".slip-url")).getText()).endsWith("/public/survey");
				browser.screenshot("survey-slips");
			}
			catch (AssertionError | RuntimeException ex) {
				browser.keepEvidence("failed-township");
				throw ex;
			}
		}
	}

}
