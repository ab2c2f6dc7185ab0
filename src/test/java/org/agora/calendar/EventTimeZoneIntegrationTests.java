package org.agora.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.agora.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An event planned in Jerusalem shows a reader in London the time on their own clock, on either side of a change
 * of daylight saving time, and names the event's own time too.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EventTimeZoneIntegrationTests {

	private static final ZoneId JERUSALEM = ZoneId.of("Asia/Jerusalem");

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final LocalTime SIX_PM = LocalTime.of(18, 0);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventEditor editor;

	@Test
	void aReaderInLondonSeesAJerusalemEventOnTheirOwnClockAcrossADaylightSavingChange() throws Exception {
		var fixtures = new EventPageFixtures(jdbc, editor);
		var organizer = fixtures.person("Jerusalem Organizer", JERUSALEM, Role.EMPLOYEE, Role.KNOWLEDGE_LEADER);
		var reader = fixtures.person("London Reader", LONDON, Role.EMPLOYEE);
		LocalDate change = nextLondonChangeThatMovesTheGapToJerusalem();
		LocalDateTime before = change.minusDays(1).atTime(SIX_PM);
		LocalDateTime after = change.plusDays(2).atTime(SIX_PM);
		Instant beforeStart = before.atZone(JERUSALEM).toInstant();
		Instant afterStart = after.atZone(JERUSALEM).toInstant();
		assertThat(LONDON.getRules().isDaylightSavings(beforeStart))
			.isNotEqualTo(LONDON.getRules().isDaylightSavings(afterStart));

		long beforeId = create(organizer, "Before the change", before);
		long afterId = create(organizer, "After the change", after);

		for (var event : new Object[][] { { beforeId, beforeStart }, { afterId, afterStart } }) {
			var start = ((Instant) event[1]).atZone(LONDON);
			mvc.perform(get("/calendar/events/" + event[0]).with(reader.signedIn()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<time datetime=\"" + start.toOffsetDateTime()
						+ "\" id=\"event-start\">" + inLondon(start.toLocalDateTime()) + "</time>")))
				.andExpect(content().string(containsString("(Europe/London)")))
				.andExpect(content().string(containsString(inLondon(((Instant) event[1]).atZone(JERUSALEM).toLocalDateTime())
						+ " – ")))
				.andExpect(content().string(containsString("(Asia/Jerusalem)</div>")));
		}
		var londonBefore = beforeStart.atZone(LONDON).toLocalTime();
		var londonAfter = afterStart.atZone(LONDON).toLocalTime();
		assertThat(londonBefore).isNotEqualTo(londonAfter);
	}

	@Test
	void aReaderInTheEventsOwnZoneIsNotToldTheTimeTwice() throws Exception {
		var fixtures = new EventPageFixtures(jdbc, editor);
		var organizer = fixtures.person("Local Organizer", JERUSALEM, Role.EMPLOYEE, Role.KNOWLEDGE_LEADER);
		long id = create(organizer, "Local event", LocalDateTime.now(JERUSALEM).plusDays(5).truncatedTo(ChronoUnit.HOURS));

		mvc.perform(get("/calendar/events/" + id).with(organizer.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("(Asia/Jerusalem)</span>")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"event-zone-time\""))));
	}

	/** The start, as the page writes a date and time in English. */
	private static String inLondon(LocalDateTime time) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(Locale.ENGLISH)
			.format(time);
	}

	/**
	 * The date of the next change of London's clocks at least a week away across which the gap between London and
	 * Jerusalem changes too (in spring Israel moves its clocks two days before Britain).
	 */
	private static LocalDate nextLondonChangeThatMovesTheGapToJerusalem() {
		Instant from = Instant.now().plus(7, ChronoUnit.DAYS);
		while (true) {
			var transition = LONDON.getRules().nextTransition(from);
			var date = transition.getDateTimeAfter().toLocalDate();
			if (gap(date.minusDays(1)) != gap(date.plusDays(2))) {
				return date;
			}
			from = transition.getInstant();
		}
	}

	private static int gap(LocalDate date) {
		var instant = date.atTime(SIX_PM).atZone(JERUSALEM).toInstant();
		return JERUSALEM.getRules().getOffset(instant).getTotalSeconds() - LONDON.getRules().getOffset(instant).getTotalSeconds();
	}

	private long create(EventPageFixtures.Person organizer, String title, LocalDateTime start) throws Exception {
		var result = mvc.perform(post("/calendar/events").with(csrf()).with(organizer.signedIn())
			.param("title", title)
			.param("type", EventType.ONLINE_MEETUP.name())
			.param("start", start.format(EventForm.LOCAL))
			.param("end", start.plusHours(2).format(EventForm.LOCAL))
			.param("timeZone", JERUSALEM.getId())
			.param("onlineUrl", "https://meet.example.org/km")
			.param("audience", Audience.EMPLOYEES.name())
			.param("organizers", organizer.email()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		return Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));
	}
}
