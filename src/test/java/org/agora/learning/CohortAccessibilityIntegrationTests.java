package org.agora.learning;

import java.nio.file.Paths;
import java.util.List;
import java.util.Set;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType.LaunchOptions;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import org.agora.Personas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The cohort pages in a real browser, in English and Hebrew, pass axe; a leader enrols with one click. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CohortAccessibilityIntegrationTests {

	private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void launch() {
		playwright = Playwright.create();
		browser = playwright.chromium()
			.launch(new LaunchOptions().setExecutablePath(Paths.get("/usr/bin/chromium"))
				.setHeadless(true)
				.setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run")));
	}

	@AfterAll
	static void close() {
		if (playwright != null) {
			playwright.close();
		}
	}

	@Test
	void aManagersCohortPagesAreAccessibleInBothLanguages() {
		var fixtures = new LearningFixtures(jdbc);
		var course = fixtures.course();
		long cohort = fixtures.cohort(course.courseId(), CohortStatus.RUNNING);
		var learner = new CohortPeople(jdbc).leader("Tamar Learner");
		long enrolment = fixtures.enrol(cohort, learner.id());
		jdbc.sql("""
				insert into learning_submission (enrolment_id, exercise_id, text_answer, submitted_at, status)
				values (:e, :x, 'Line one\nLine two', current_timestamp, 'SUBMITTED')""")
			.param("e", enrolment)
			.param("x", course.exercise())
			.update();
		jdbc.sql("""
				insert into learning_session (cohort_id, title, starts_at, ends_at, location)
				values (:c, 'Kick-off', timestamp with time zone '2026-12-15 14:00:00+00',
				        timestamp with time zone '2026-12-15 15:30:00+00', 'https://meet.example.org/k')""")
			.param("c", cohort)
			.update();
		var page = signedIn(Personas.MANAGER);
		for (String lang : List.of("en", "he")) {
			for (String path : List.of("/learning/cohorts", "/learning/cohorts/new", "/learning/cohorts/" + cohort,
					"/learning/cohorts/" + cohort + "/edit", "/learning/cohorts/" + cohort + "/progress",
					"/learning/cohorts/" + cohort + "/reviews")) {
				var response = page.navigate(path + "?lang=" + lang);
				assertThat(response.status()).as(path).isEqualTo(200);
				assertThat(page.locator("html")).hasAttribute("lang", lang);
				assertAccessible(page);
			}
		}
		page.context().close();
	}

	@Test
	void aLeaderEnrolsFromTheCohortPage() {
		long cohort = new LearningFixtures(jdbc).cohort(new LearningFixtures(jdbc).course().courseId(),
				CohortStatus.PLANNED);
		var page = signedIn(Personas.LEADER);

		page.navigate("/learning/cohorts/" + cohort);
		assertAccessible(page);
		page.locator("#enrol-button").click();

		assertThat(page.locator("#my-progress")).isVisible();
		assertThat(page.locator("[role=status]")).containsText("You are enrolled");
		assertAccessible(page);
		page.context().close();
	}

	private Page signedIn(String email) {
		var context = browser.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port)
			.setLocale("en-US"));
		context.setDefaultTimeout(15_000);
		var page = context.newPage();
		page.navigate("/login");
		page.locator("#username").fill(email);
		page.locator("#password").fill(Personas.PASSWORD);
		page.locator("main button[type=submit]").click();
		assertThat(page).hasURL("http://localhost:" + port + "/");
		return page;
	}

	private static void assertAccessible(Page page) {
		page.waitForLoadState(LoadState.LOAD);
		var blocking = new AxeBuilder(page).withTags(WCAG_21_AA)
			.analyze()
			.getViolations()
			.stream()
			.filter(rule -> Set.of("serious", "critical").contains(rule.getImpact()))
			.map(rule -> rule.getId() + ": " + rule.getNodes().stream().map(n -> n.getHtml()).toList())
			.toList();
		assertThat(blocking).as("accessibility violations on " + page.url()).isEmpty();
	}
}
