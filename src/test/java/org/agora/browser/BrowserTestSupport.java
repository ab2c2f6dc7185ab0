package org.agora.browser;

import java.nio.file.Paths;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType.LaunchOptions;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.agora.Personas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Agora on a real port and one headless Chromium per test class; every test gets a fresh browser context, so
 * no cookie, session or language choice leaks from one test into the next.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class BrowserTestSupport {

	private static final List<String> CHROMIUM_ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

	/** Generous, because the build machine is shared; a passing wait returns as soon as it can. */
	private static final double TIMEOUT_MS = 15_000;

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	int port;

	BrowserContext context;

	Page page;

	@BeforeAll
	static void launchBrowser() {
		playwright = Playwright.create();
		browser = playwright.chromium()
			.launch(new LaunchOptions().setExecutablePath(Paths.get("/usr/bin/chromium"))
				.setHeadless(true)
				.setArgs(CHROMIUM_ARGS));
		PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MS);
	}

	@AfterAll
	static void closeBrowser() {
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void openContext() {
		context = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl()).setLocale("en-US"));
		context.setDefaultTimeout(TIMEOUT_MS);
		page = context.newPage();
	}

	@AfterEach
	void closeContext() {
		context.close();
	}

	String baseUrl() {
		return "http://localhost:" + port;
	}

	/** Signs in through the sign-in form, as a person would, and waits for the home page. */
	void signIn(String email) {
		page.navigate("/login");
		submitSignIn(email, Personas.PASSWORD);
		assertThat(page).hasURL(baseUrl() + "/");
	}

	void submitSignIn(String email, String password) {
		page.locator("#username").fill(email);
		page.locator("#password").fill(password);
		page.locator("main button[type=submit]").click();
	}
}
