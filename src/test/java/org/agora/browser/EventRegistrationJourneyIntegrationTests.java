package org.agora.browser;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.agora.Personas;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Two leaders and an event with one seat: the first registers, the second joins the waitlist, the first cancels and
 * the seat passes to the second, who cancels too; in English and in Hebrew, with the pages checked by axe-core.
 */
class EventRegistrationJourneyIntegrationTests extends BrowserTestSupport {

	/** What the pages say, by language. */
	private static final Map<String, Map<String, String>> TEXT = Map.of("en",
			Map.of("registered", "You are registered.", "waitlisted", "You are number 1 on the waitlist.", "register",
					"Register", "waitlist", "Join the waitlist", "free", "0 of 1 seats taken"),
			"he", Map.of("registered", "נרשמת לאירוע.", "waitlisted", "המקום שלך ברשימת ההמתנה: 1.", "register", "הרשמה",
					"waitlist", "הצטרפות לרשימת ההמתנה", "free", "0 מתוך 1 מקומות תפוסים"));

	@Autowired
	UserDetailsService users;

	@ParameterizedTest
	@ValueSource(strings = { "en", "he" })
	void aSeatPassesFromTheFirstLeaderToTheOneWaiting(String lang) {
		var text = TEXT.get(lang);
		String first = personWithPassword("First Journey Leader", "EMPLOYEE", "KNOWLEDGE_LEADER");
		String second = personWithPassword("Second Journey Leader", "EMPLOYEE", "KNOWLEDGE_LEADER");
		long event = eventWithOneSeat("One-seat workshop " + lang);
		String eventPage = "/calendar/events/" + event;

		openAs(first, lang, eventPage);
		Axe.assertNoSeriousViolations(page);
		page.locator("#register-button").click();
		assertThat(page.locator("#standing")).hasText(text.get("registered"));
		page.navigate("/calendar/events/new");
		assertThat(page.locator("#event-form")).isVisible();
		Axe.assertNoSeriousViolations(page);

		openAs(second, lang, eventPage);
		assertThat(page.locator("#register-button")).hasText(text.get("waitlist"));
		page.locator("#register-button").click();
		assertThat(page.locator("#standing")).hasText(text.get("waitlisted"));
		Axe.assertNoSeriousViolations(page);

		openAs(first, lang, eventPage);
		page.locator("#unregister-button").click();
		assertThat(page.locator("#register-button")).hasText(text.get("waitlist"));

		openAs(second, lang, eventPage);
		assertThat(page.locator("#standing")).hasText(text.get("registered"));
		page.locator("#unregister-button").click();
		assertThat(page.locator("#register-button")).hasText(text.get("register"));
		assertThat(page.locator("#event-seats")).hasText(text.get("free"));
	}

	/** Signs in afresh, switches to the language with the page's own switch when it is not English, and opens the path. */
	/** A workshop for leaders in a week, with one seat, organized by the community manager. */
	private long eventWithOneSeat(String title) {
		long manager = Personas.user(users, Personas.MANAGER).personId();
		var start = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.HOURS);
		var now = Timestamp.from(Instant.now());
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into calendar_event (uid, title, description, event_type, starts_at, ends_at, time_zone, location,
				  capacity, audience, status, sequence, check_in_code, created_by, created_at, updated_at)
				values (:uid, :title, 'Bring a **laptop**.', 'WORKSHOP', :start, :end, 'Asia/Jerusalem', 'Room 7', 1,
				  'LEADERS', 'SCHEDULED', 0, 'JRNY42', :manager, :now, :now)""")
			.param("uid", UUID.randomUUID() + "@agora")
			.param("title", title)
			.param("start", Timestamp.from(start))
			.param("end", Timestamp.from(start.plus(Duration.ofHours(3))))
			.param("manager", manager)
			.param("now", now)
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		jdbc.sql("insert into calendar_organizer (event_id, person_id) values (:event, :person)")
			.param("event", id)
			.param("person", manager)
			.update();
		return id;
	}
}
