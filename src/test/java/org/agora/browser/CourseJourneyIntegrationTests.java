package org.agora.browser;

import java.io.IOException;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import org.agora.Personas;
import org.agora.learning.LearningFixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A leader goes through a course: reads a lesson, passes its quiz, submits an exercise that a facilitator
 * accepts, finishes the course and downloads a certificate that names them and the course.
 */
class CourseJourneyIntegrationTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void aLeaderCompletesTheCourseAndGetsACertificate() throws IOException {
		var fixtures = new LearningFixtures(jdbc);
		var course = fixtures.course();
		long cohort = fixtures.runningCohort(course.courseId());
		fixtures.facilitator(cohort, Personas.user(users, Personas.MANAGER).personId());
		long enrolment = fixtures.enrol(cohort, Personas.user(users, Personas.LEADER).personId());

		signIn(Personas.LEADER);
		page.navigate("/learning/courses/" + course.courseId());
		Axe.assertNoSeriousViolations(page);

		page.navigate("/learning/lessons/" + course.reading());
		Axe.assertNoSeriousViolations(page);
		page.locator("#mark-done").click();
		assertThat(page.locator("#lesson-done")).isVisible();

		page.navigate("/learning/lessons/" + course.quizLesson());
		page.locator("#option-" + course.q1Right()).check();
		page.locator("#option-" + course.q2RightA()).check();
		page.locator("#option-" + course.q2RightB()).check();
		page.locator("#quiz-form button[type=submit]").click();
		assertThat(page.locator("#quiz-score")).containsText("100");
		Axe.assertNoSeriousViolations(page);

		page.navigate("/learning/lessons/" + course.exerciseLesson());
		page.locator("#text").fill("The control-room handover checklist lives only in Yossi's head; I mapped it.");
		page.locator("#exercise-form button[type=submit]").click();
		assertThat(page.locator("#exercise-waiting")).isVisible();

		context.clearCookies();
		signIn(Personas.MANAGER);
		page.navigate("/learning/cohorts/" + cohort + "/reviews");
		Axe.assertNoSeriousViolations(page);
		page.locator("article", new Page.LocatorOptions().setHasText("Yossi's head"))
			.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Accept"))
			.click();
		assertThat(page.locator("article", new Page.LocatorOptions().setHasText("Yossi's head"))).hasCount(0);

		context.clearCookies();
		signIn(Personas.LEADER);
		page.navigate("/learning/lessons/" + course.reading2());
		page.locator("#mark-done").click();
		assertThat(page.locator("#lesson-done")).isVisible();

		page.navigate("/learning/certificates");
		Axe.assertNoSeriousViolations(page);
		var pdf = context.request().get(baseUrl() + "/learning/certificates/" + enrolment + ".pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
		try (var document = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Rania Haddad").contains("Test course");
		}

		page.navigate("/learning/courses/" + course.courseId() + "?lang=he");
		assertThat(page.locator("html")).hasAttribute("dir", "rtl");
		assertThat(page.locator("h1")).containsText("קורס בדיקה");
		Axe.assertNoSeriousViolations(page);
		page.navigate("/learning/lessons/" + course.quizLesson());
		assertThat(page.locator("html")).hasAttribute("lang", "he");
		Axe.assertNoSeriousViolations(page);
	}
}
