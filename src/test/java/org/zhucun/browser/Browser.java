package org.zhucun.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, both named explicitly so that
 * Selenium downloads nothing. Each browser gets a fresh profile directory, removed on {@link #close}.
 * <p>
 * Missing Chromium or chromedriver fails the test (it is not skipped): CI installs both with
 * {@code apt-get install chromium chromium-driver fonts-wqy-zenhei}.
 */
final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final Duration WAIT = Duration.ofSeconds(15);

	private final String baseUrl;

	private final Path profile;

	private final ChromeDriverService service;

	private final ChromeDriver driver;

	private Browser(String baseUrl) {
		this.baseUrl = baseUrl;
		try {
			this.profile = Files.createTempDirectory("zhucun-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=1280,900", "--lang=zh-CN", "--user-data-dir=" + profile);
		this.service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	/** Starts a browser for the server at {@code baseUrl}, failing clearly if Chromium is not installed. */
	static Browser open(String baseUrl) {
		assertThat(Files.isExecutable(CHROMIUM))
			.as("Chromium is missing at %s: install it with 'apt-get install chromium chromium-driver fonts-wqy-zenhei'",
					CHROMIUM)
			.isTrue();
		assertThat(Files.isExecutable(CHROMEDRIVER))
			.as("chromedriver is missing at %s: install it with 'apt-get install chromium chromium-driver fonts-wqy-zenhei'",
					CHROMEDRIVER)
			.isTrue();
		return new Browser(baseUrl);
	}

	ChromeDriver driver() {
		return driver;
	}

	void get(String path) {
		driver.get(baseUrl + path);
	}

	String path() {
		return driver.getCurrentUrl().substring(baseUrl.length());
	}

	/**
	 * Logs in through the login form and waits for the workbench. An administrator is then asked for
	 * the one-time code of the demo key (SEC-4), computed here as an authenticator app would.
	 */
	void logIn(String username, String password) {
		get("/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.id("login-submit")).click();
		if (org.zhucun.DemoLogin.ADMINISTRATORS.contains(username)) {
			waitFor(By.id("totp-form"));
			driver.findElement(By.id("code")).sendKeys(org.zhucun.DemoTotp.nextCode(username));
			driver.findElement(By.id("totp-submit")).click();
		}
		waitFor(By.id("workbench"));
	}

	WebElement waitFor(By locator) {
		return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	/** Waits until the page holding this element has been replaced (after a click that submits a form). */
	/** Waits until the page that held {@code element} has been replaced (a form posted, a link followed). */
	void waitUntilStale(WebElement element) {
		new WebDriverWait(driver, WAIT).until(d -> isDetached(element));
	}

	/**
	 * Chromium answers a question about a node the navigation is detaching at that very moment with an "unknown
	 * error … does not belong to the document" instead of a stale-element error; both mean the node is gone.
	 */
	private static boolean isDetached(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	/** Logs out through the top bar's button and waits for the login page. */
	void logOut() {
		WebElement logout = waitFor(By.id("logout"));
		logout.click();
		waitUntilStale(logout);
		waitFor(By.id("username"));
	}

	void waitUntilGone(By locator) {
		new WebDriverWait(driver, WAIT).until(ExpectedConditions.invisibilityOfElementLocated(locator));
	}

	/** Sizes the window so that the page itself (the viewport) is {@code width} × {@code height}, as on a phone. */
	void resizeViewport(int width, int height) {
		driver.manage().window().setSize(new Dimension(width, height));
		long innerWidth = ((Number) script("return window.innerWidth")).longValue();
		long innerHeight = ((Number) script("return window.innerHeight")).longValue();
		driver.manage().window()
			.setSize(new Dimension(width + (int) (width - innerWidth), height + (int) (height - innerHeight)));
	}

	Object script(String script, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(script, args);
	}

	/** Saves a PNG of the viewport under {@code target/screenshots/} and returns its path. */
	Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Saves a screenshot and the HTML of the current page, for a failed test. */
	void keepEvidence(String name) {
		try {
			screenshot(name);
			Files.writeString(SCREENSHOTS.resolve(name + ".html"),
					driver.getCurrentUrl() + "\n" + driver.getPageSource());
		}
		catch (IOException | RuntimeException ex) {
			// the test's own failure is what matters
		}
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			service.stop();
			deleteRecursively(profile);
		}
	}

	private static void deleteRecursively(Path dir) {
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
		catch (IOException ex) {
			// a leftover temporary profile is harmless
		}
	}

}
