package org.agora.browser;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.agora.Personas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The calendar's upcoming list, month grid, quarters, my events and cadence rules pass axe in English and Hebrew. */
class CalendarViewsAccessibilityIntegrationTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	String title;

	@BeforeEach
	void events() {
		long manager = personId(Personas.MANAGER);
		title = "Accessible talk " + UUID.randomUUID().toString().substring(0, 8);
		long soon = event(title, Instant.now().plus(2, ChronoUnit.HOURS), 1, "EMPLOYEES", "SCHEDULED", manager);
		event(title + " (cancelled)", Instant.now().plus(3, ChronoUnit.HOURS), null, "LEADERS", "CANCELLED", manager);
		jdbc.sql("""
				insert into calendar_registration (event_id, person_id, status, queue_no, registered_at, updated_at)
				values (:event, :person, 'REGISTERED', 1, :now, :now)""")
			.param("event", soon)
			.param("person", manager)
			.param("now", Timestamp.from(Instant.now()))
			.update();
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "he" })
	void aManagersCalendarPagesAreAccessible(String lang) {
		signIn(Personas.MANAGER);
		page.navigate("/calendar?lang=" + lang);
		assertThat(page.locator("html")).hasAttribute("lang", lang);
		assertThat(page.locator("#main-nav a[href='/calendar']")).hasAttribute("aria-current", "page");
		assertThat(page.locator("#event-list")).containsText(title);
		Axe.assertNoSeriousViolations(page);

		for (String path : List.of("/calendar?past=true", "/calendar/month", "/calendar/quarters", "/calendar/mine",
				"/calendar/cadence")) {
			page.navigate(path);
			assertThat(page.locator("html")).hasAttribute("dir", "he".equals(lang) ? "rtl" : "ltr");
			Axe.assertNoSeriousViolations(page);
		}

		page.navigate("/calendar/month");
		assertThat(page.locator("#month-grid caption")).isVisible();
		assertThat(page.locator("#month-grid td[aria-current=date]")).hasCount(1);

		page.navigate("/calendar/month?month=not-a-month");
		assertThat(page.locator("main .alert-danger")).isVisible();
		Axe.assertNoSeriousViolations(page);

		page.navigate("/calendar/cadence");
		page.locator("#eventsPerQuarter").fill("99");
		page.locator("#cadence-form button[type=submit]").click();
		assertThat(page.locator("#eventsPerQuarter")).hasAttribute("aria-invalid", "true");
		assertThat(page.locator("#eventsPerQuarter")).hasValue("99");
		Axe.assertNoSeriousViolations(page);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "he" })
	void aGuestsCalendarPagesAreAccessible(String lang) {
		signIn(Personas.GUEST);
		page.navigate("/calendar?lang=" + lang);
		assertThat(page.locator("#main-nav a[href='/calendar']")).isVisible();
		assertThat(page.locator("main")).not().containsText(title);
		assertThat(page.locator("#plan-event")).hasCount(0);
		Axe.assertNoSeriousViolations(page);

		page.navigate("/calendar/mine");
		assertThat(page.locator("#feed-url")).hasAttribute("readonly", "");
		Axe.assertNoSeriousViolations(page);
	}

	private long personId(String email) {
		return jdbc.sql("select id from people_person where email = :email")
			.param("email", email)
			.query(Long.class)
			.single();
	}

	private long event(String title, Instant startsAt, Integer capacity, String audience, String status, long by) {
		var key = new GeneratedKeyHolder();
		var now = Timestamp.from(Instant.now());
		jdbc.sql("""
				insert into calendar_event (uid, title, event_type, starts_at, ends_at, time_zone, location, capacity,
				  audience, status, check_in_code, created_by, created_at, updated_at)
				values (:uid, :title, 'LECTURE', :starts, :ends, 'Europe/London', 'Hall A', :capacity, :audience, :status,
				  'ACCESS', :by, :now, :now)""")
			.param("uid", UUID.randomUUID() + "@agora")
			.param("title", title)
			.param("starts", Timestamp.from(startsAt))
			.param("ends", Timestamp.from(startsAt.plus(1, ChronoUnit.HOURS)))
			.param("capacity", capacity)
			.param("audience", audience)
			.param("status", status)
			.param("by", by)
			.param("now", now)
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		jdbc.sql("insert into calendar_organizer (event_id, person_id) values (:event, :person)")
			.param("event", id)
			.param("person", by)
			.update();
		return id;
	}
}
