package org.agora.calendar;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.settings.Settings;
import org.agora.platform.web.FormErrors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The community's quarterly cadence: at least so many community events in every calendar quarter, and so many
 * external events (study tours and joint events) in every year. Quarters are read in the organization's time zone.
 * <p>
 * A community event is any event not cancelled whose audience is the leaders or all employees; events for invited
 * people only do not count, since the community at large cannot come. An external event is a study tour or a joint
 * event not cancelled, whatever its audience, because joint events are often by invitation. The cadence counts every
 * event, whoever may see it.
 */
@Component
@Transactional(readOnly = true)
class Cadence {

	static final String EVENTS_PER_QUARTER = "calendar.cadence.events-per-quarter";

	static final String EXTERNAL_PER_YEAR = "calendar.cadence.external-per-year";

	static final int MAX_EVENTS_PER_QUARTER = 20;

	static final int MAX_EXTERNAL_PER_YEAR = 12;

	/** The two rules; 0 turns a rule off. */
	record Rules(int eventsPerQuarter, int externalPerYear) {

		static final Rules DEFAULT = new Rules(1, 1);
	}

	/** What the cadence needs to know of an event. */
	record Counted(Instant startsAt, EventType type, Audience audience, EventStatus status) {

		boolean community() {
			return status != EventStatus.CANCELLED && audience != Audience.INVITED;
		}

		boolean external() {
			return status != EventStatus.CANCELLED && type.external();
		}
	}

	/** A quarter's community events against the rule. */
	record QuarterStanding(Quarter quarter, int events, int required) {

		boolean met() {
			return events >= required;
		}
	}

	/** A year's quarters, and its external events against the rule. */
	record YearStanding(int year, List<QuarterStanding> quarters, int external, int externalRequired) {

		boolean externalMet() {
			return external >= externalRequired;
		}
	}

	/** The two numbers as typed in the form. */
	record CadenceForm(String eventsPerQuarter, String externalPerYear) {

		static CadenceForm of(Rules rules) {
			return new CadenceForm(String.valueOf(rules.eventsPerQuarter()), String.valueOf(rules.externalPerYear()));
		}
	}

	private final JdbcClient jdbc;

	private final Settings settings;

	private final CalendarPolicy policy;

	private final ZoneId zone;

	Cadence(JdbcClient jdbc, Settings settings, CalendarPolicy policy,
			@Value("${agora.time-zone:UTC}") ZoneId zone) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.policy = policy;
		this.zone = zone;
	}

	/** The organization's time zone, in which quarters begin and end. */
	ZoneId zone() {
		return zone;
	}

	Rules rules() {
		return new Rules(settings.getInt(EVENTS_PER_QUARTER, Rules.DEFAULT.eventsPerQuarter()),
				settings.getInt(EXTERNAL_PER_YEAR, Rules.DEFAULT.externalPerYear()));
	}

	/** The field errors of a form: whole numbers from 0 to 20 events a quarter and 0 to 12 external events a year. */
	static FormErrors check(CadenceForm form) {
		var errors = FormErrors.none();
		if (number(form.eventsPerQuarter(), MAX_EVENTS_PER_QUARTER) == null) {
			errors.add("eventsPerQuarter", "calviews.cadence.error.eventsPerQuarter");
		}
		if (number(form.externalPerYear(), MAX_EXTERNAL_PER_YEAR) == null) {
			errors.add("externalPerYear", "calviews.cadence.error.externalPerYear");
		}
		return errors;
	}

	/** Saves a form that {@link #check} found right. */
	@Transactional
	void save(AgoraPrincipal viewer, CadenceForm form) {
		if (!policy.mayManageCadence(viewer)) {
			throw new AccessDeniedException("Only community managers set the cadence");
		}
		if (check(form).any()) {
			throw new IllegalArgumentException("The cadence form has errors");
		}
		settings.put(EVENTS_PER_QUARTER, number(form.eventsPerQuarter(), MAX_EVENTS_PER_QUARTER).toString());
		settings.put(EXTERNAL_PER_YEAR, number(form.externalPerYear(), MAX_EXTERNAL_PER_YEAR).toString());
	}

	/** The year's standing under the current rules, over every event. */
	YearStanding year(int year) {
		var first = new Quarter(year, 1);
		return assess(year, rules(), counted(first.start(zone), new Quarter(year + 1, 1).start(zone)), zone);
	}

	/** The quarter now and the next one, where they have fewer community events than the rules ask for. */
	List<QuarterStanding> shortfalls(Instant now, Rules rules) {
		var current = Quarter.of(now, zone);
		var events = counted(current.start(zone), current.next().end(zone));
		return List.of(current, current.next())
			.stream()
			.map(q -> assess(q, rules, events, zone))
			.filter(s -> !s.met())
			.toList();
	}

	static YearStanding assess(int year, Rules rules, Collection<Counted> events, ZoneId zone) {
		var quarters = Quarter.of(year).stream().map(q -> assess(q, rules, events, zone)).toList();
		int external = (int) events.stream()
			.filter(e -> e.external() && e.startsAt().atZone(zone).getYear() == year)
			.count();
		return new YearStanding(year, quarters, external, rules.externalPerYear());
	}

	static QuarterStanding assess(Quarter quarter, Rules rules, Collection<Counted> events, ZoneId zone) {
		int count = (int) events.stream()
			.filter(e -> e.community() && Quarter.of(e.startsAt(), zone).equals(quarter))
			.count();
		return new QuarterStanding(quarter, count, rules.eventsPerQuarter());
	}

	private List<Counted> counted(Instant from, Instant to) {
		return jdbc.sql("""
				select starts_at, event_type, audience, status from calendar_event
				where starts_at >= :from and starts_at < :to""")
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, n) -> new Counted(EventStore.instant(rs, "starts_at"), EventType.valueOf(rs.getString(2)),
					Audience.valueOf(rs.getString(3)), EventStatus.valueOf(rs.getString(4))))
			.list();
	}

	/** A whole number from 0 to max, or null. */
	private static Integer number(String text, int max) {
		if (text == null || !text.strip().matches("\\d{1,3}")) {
			return null;
		}
		int value = Integer.parseInt(text.strip());
		return value <= max ? value : null;
	}
}
