package org.zhucun.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.zhucun.DemoLogin;
import org.zhucun.organisation.OrganisationDirectory;

/**
 * The organisation tree in a real browser, against the application on a random port with the demo
 * data: what a user clicks and sees, at desktop and at phone width. Runs with
 * {@code ./mvnw verify -Pbrowser-tests}; screenshots go to {@code target/screenshots/}.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class OrganisationTreeBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	OrganisationDirectory organisation;

	Browser browser;

	/** A failed test leaves a screenshot and the page's HTML under target/screenshots/. */
	@RegisterExtension
	final AfterTestExecutionCallback keepEvidence = context -> {
		if (context.getExecutionException().isPresent() && browser != null) {
			browser.keepEvidence("failed-" + context.getRequiredTestMethod().getName());
		}
	};

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	@DisplayName("ORG-1/ORG-5: sysadmin expands the tree, adds a township under 沙湖县, finds it again; phone layout")
	void systemAdministratorAddsTownshipAndUsesThePhoneLayout() throws Exception {
		browser = Browser.open("http://localhost:" + port);
		browser.logIn("sysadmin", DemoLogin.PASSWORD);

		// The tree: expand region → city → county; htmx loads each level's children.
		browser.get("/org/tree");
		browser.waitFor(By.id("tree"));
		expand("宁夏回族自治区（演示）");
		expand("贺兰山市");
		List<String> townships = expand("沙湖县");
		assertThat(townships).contains("月牙湖乡", "镇北堡镇", "通贵乡", "金沙乡");
		List<String> villages = expand("月牙湖乡");
		assertThat(villages).hasSize(4);

		// Search for the county by its code and open it from the results.
		browser.get("/org/tree");
		WebElement search = browser.waitFor(By.cssSelector("#tree-search input[name=q]"));
		search.sendKeys("641101");
		browser.driver().findElement(By.cssSelector("#tree-search button[type=submit]")).click();
		browser.waitFor(By.id("search-results"));
		assertThat(browser.path()).contains("q=641101");
		resultNamed("沙湖县").click();
		assertThat(browser.waitFor(By.id("node-name")).getText()).isEqualTo("沙湖县");

		// A new township under the county.
		int suffix = ThreadLocalRandom.current().nextInt(50, 100);
		String code = "6411010" + suffix;
		String name = "测试乡" + suffix;
		browser.driver().findElement(By.id("new-child")).click();
		browser.waitFor(By.id("node-form"));
		assertThat(browser.driver().findElement(By.id("parentCode")).getAttribute("value")).isEqualTo("641101");
		browser.driver().findElement(By.id("name")).sendKeys(name);
		browser.driver().findElement(By.id("code")).sendKeys(code);
		WebElement form = browser.driver().findElement(By.id("node-form"));
		browser.driver().findElement(By.id("save-node")).click();
		browser.waitUntilStale(form);
		assertThat(browser.driver().findElements(By.id("node-form")))
			.as("saving should lead to the new township's page, but the form came back: %s",
					browser.driver().findElement(By.tagName("main")).getText())
			.isEmpty();

		WebElement heading = browser.waitFor(By.cssSelector("#node-detail h1"));
		assertThat(heading.getText()).contains(name).contains("乡镇");
		assertThat(browser.path()).matches("/org/nodes/\\d+");
		assertThat(browser.driver().findElement(By.id("flash")).getText()).contains(name);
		assertThat(browser.driver().findElement(By.id("breadcrumbs")).getText()).contains("沙湖县");

		// Found again through the tree search, and under its county in the tree.
		browser.get("/org/tree?q=" + code);
		assertThat(resultNamed(name).getText()).contains(code);
		browser.get("/org/tree");
		browser.waitFor(By.id("tree"));
		expand("宁夏回族自治区（演示）");
		expand("贺兰山市");
		assertThat(expand("沙湖县")).contains(name);
		browser.screenshot("desktop-tree");

		// Phone width: the side menu hides behind the navbar toggler until it is tapped.
		browser.resizeViewport(360, 740);
		browser.get("/org/tree");
		browser.waitFor(By.id("tree"));
		assertThat(((Number) browser.script("return window.innerWidth")).intValue()).isEqualTo(360);
		expand("宁夏回族自治区（演示）");
		expand("贺兰山市");
		expand("沙湖县");
		expand("月牙湖乡");
		assertNoSidewaysScrolling();
		WebElement sideMenu = browser.driver().findElement(By.id("sideMenu"));
		WebElement toggler = browser.driver().findElement(By.cssSelector("button.navbar-toggler[data-bs-target='#sideMenu']"));
		assertThat(toggler.isDisplayed()).as("the navbar toggler is shown at phone width").isTrue();
		assertThat(sideMenu.isDisplayed()).as("the side menu is collapsed at phone width").isFalse();
		assertThat(browser.driver().findElement(By.cssSelector("#org-tree h1")).isDisplayed()).isTrue();
		Path tree = browser.screenshot("phone-tree");

		toggler.click();
		browser.waitFor(By.cssSelector("#sideMenu.show #side-menu a[href='/org/tree']"));
		assertThat(sideMenu.isDisplayed()).as("the side menu opens from the toggler").isTrue();
		assertThat(sideMenu.getText()).contains("工作台", "组织机构");
		browser.screenshot("phone-menu-open");
		browser.driver().findElement(By.cssSelector("#sideMenu .btn-close")).click();
		browser.waitUntilGone(By.cssSelector("#sideMenu.show"));

		browser.get("/");
		browser.waitFor(By.id("workbench"));
		assertThat(browser.driver().findElement(By.id("sideMenu")).isDisplayed()).isFalse();
		assertThat(browser.driver().findElement(By.cssSelector("#workbench h1")).getText()).contains("系统管理员");
		assertThat(browser.driver().findElements(By.cssSelector("#workbench .workbench-card"))).isNotEmpty()
			.allMatch(WebElement::isDisplayed);
		assertNoSidewaysScrolling();
		Path workbench = browser.screenshot("phone-workbench");

		assertThat(tree).isNotEmptyFile();
		assertThat(workbench).isNotEmptyFile();
		assertThat(Files.readAllBytes(workbench)).startsWith(0x89, 'P', 'N', 'G');
	}

	@Test
	@DisplayName("ORG-5: a township sees only its own township; a sibling township's page is the error page")
	void townshipSeesOnlyItsOwnTownship() {
		long sibling = organisation.nodeIdByCode("641101002").orElseThrow(); // 镇北堡镇
		browser = Browser.open("http://localhost:" + port);
		browser.logIn("yueyahu-xz", DemoLogin.PASSWORD);

		browser.get("/org/tree");
		browser.waitFor(By.id("tree"));
		List<String> tops = browser.driver().findElements(By.cssSelector("#tree > ul > li > .node-label > a.node-link")).stream()
			.map(WebElement::getText)
			.toList();
		assertThat(tops).containsExactly("月牙湖乡");
		assertThat(expand("月牙湖乡")).hasSize(4);
		assertThat(browser.driver().findElement(By.id("tree")).getText()).doesNotContain("镇北堡镇", "沙湖县");

		browser.get("/org/tree?q=641101002");
		assertThat(browser.waitFor(By.id("search-results")).getText()).doesNotContain("镇北堡镇")
			.contains("没有符合条件的记录");

		browser.get("/org/nodes/" + sibling);
		String outOfScope = browser.waitFor(By.id("error-message")).getText();
		assertThat(outOfScope).contains("未找到").contains("不在您的管理范围内");
		assertThat(browser.driver().findElements(By.id("node-detail"))).isEmpty();
		assertThat(browser.driver().getPageSource()).doesNotContain("镇北堡镇");

		browser.get("/org/nodes/999999999");
		assertThat(browser.waitFor(By.id("error-message")).getText())
			.as("a node outside the scope looks exactly like one that does not exist")
			.isEqualTo(outOfScope);
	}

	/**
	 * Clicks the expand button of the node with this name in the tree, waits for htmx to put its
	 * children under it, and returns the children's names.
	 */
	private List<String> expand(String name) {
		WebElement item = browser.waitFor(By.xpath("//div[@id='tree']//li[span/a[contains(@class,'node-link') and normalize-space()='"
				+ name + "']]"));
		String id = item.getAttribute("id").substring("node-".length());
		item.findElement(By.cssSelector(":scope > button.node-toggle")).click();
		browser.waitFor(By.cssSelector("#children-" + id + " > li"));
		assertThat(item.findElement(By.cssSelector(":scope > button.node-toggle")).getAttribute("aria-expanded"))
			.isEqualTo("true");
		return browser.driver().findElements(By.cssSelector("#children-" + id + " > li > .node-label > a.node-link")).stream()
			.map(WebElement::getText)
			.toList();
	}

	/** Nothing sticks out to the right: the page fits the phone's width. */
	private void assertNoSidewaysScrolling() {
		long pageWidth = ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
		long viewport = ((Number) browser.script("return document.documentElement.clientWidth")).longValue();
		assertThat(pageWidth).as("page width at %d px viewport", viewport).isLessThanOrEqualTo(viewport);
	}

	private WebElement resultNamed(String name) {
		return browser.waitFor(By.xpath("//section[@id='search-results']//a[.//span[normalize-space()='" + name + "']]"));
	}

}
