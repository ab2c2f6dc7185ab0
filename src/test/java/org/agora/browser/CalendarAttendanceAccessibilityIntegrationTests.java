package org.agora.browser;

import java.util.List;

import org.agora.Personas;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The organizers' pages of an event (registrations and check-in, invitations, feedback results) and the attendees'
 * (check-in by code, the feedback survey) pass axe in English and Hebrew, on the demo community's events.
 */
class CalendarAttendanceAccessibilityIntegrationTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "en", "he" })
	void anOrganizersPagesOfAnEventAreAccessible(String lang) {
		long joint = demoEvent("Joint session with the Northern Water Association's KM community");
		signIn(Personas.MANAGER);
		page.navigate("/calendar/events/" + joint + "/registrations?lang=" + lang);
		assertThat(page.locator("html")).hasAttribute("dir", "he".equals(lang) ? "rtl" : "ltr");
		Axe.assertNoSeriousViolations(page);
		for (String path : List.of("/invitations", "/feedback/results")) {
			page.navigate("/calendar/events/" + joint + path);
			assertThat(page.locator("html")).hasAttribute("lang", lang);
			Axe.assertNoSeriousViolations(page);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "he" })
	void anAttendeesPagesOfAnEventAreAccessible(String lang) {
		long attended = demoEvent("Knowledge retention when experts retire");
		long upcoming = demoEvent("Year-end community celebration");
		signIn(Personas.LEADER);
		page.navigate("/calendar/events/" + attended + "/feedback?lang=" + lang);
		assertThat(page.locator("html")).hasAttribute("lang", lang);
		assertThat(page.locator("form input[type=radio]").first()).isVisible();
		Axe.assertNoSeriousViolations(page);
		page.navigate("/calendar/events/" + upcoming + "/check-in");
		Axe.assertNoSeriousViolations(page);
		page.navigate("/calendar/events/" + upcoming);
		Axe.assertNoSeriousViolations(page);
	}

	private long demoEvent(String title) {
		return jdbc.sql("select id from calendar_event where title = :title and uid like 'demo-%'")
			.param("title", title)
			.query(Long.class)
			.single();
	}
}
