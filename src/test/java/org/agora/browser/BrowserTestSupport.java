package org.agora.browser;

import java.nio.file.Paths;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

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

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

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

	/** Signs in afresh, switches to the language with the page's own switch when it is not English, and opens the path. */
	void openAs(String email, String lang, String path) {
		context.clearCookies();
		signIn(email);
		if (!"en".equals(lang)) {
			page.locator("#language-switch").click();
			assertThat(page.locator("html")).hasAttribute("lang", lang);
		}
		page.navigate(path);
		assertThat(page.locator("html")).hasAttribute("dir", "he".equals(lang) ? "rtl" : "ltr");
	}

	/** A new person of the test's own with the demo password and these roles; returns their email. */
	String personWithPassword(String name, String... roles) {
		String email = "journey-" + UUID.randomUUID() + "@agora.example";
		var now = Timestamp.from(Instant.now());
		var key = new GeneratedKeyHolder();
		jdbc.sql("insert into people_person (email, full_name, locale, active, created_at) values (:email, :name, 'en', true, :now)")
			.param("email", email)
			.param("name", name)
			.param("now", now)
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		for (String role : roles) {
			jdbc.sql("insert into people_person_role (person_id, role) values (:id, :role)")
				.param("id", id)
				.param("role", role)
				.update();
		}
		jdbc.sql("insert into people_account (person_id, password_hash, password_changed_at) values (:id, :hash, :now)")
			.param("id", id)
			.param("hash", encoder.encode(Personas.PASSWORD))
			.param("now", now)
			.update();
		return email;
	}
}
