package org.agora.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Now, and the day in the organization's time zone ({@code agora.time-zone}), which due dates, departures, daily caps,
 * quarters and years are counted in. It reads the application's one clock, so that tests can fix time.
 */
@Component
public class OrganizationClock {

	private final Clock clock;

	private final ZoneId zone;

	public OrganizationClock(Clock clock, @Value("${agora.time-zone:UTC}") ZoneId zone) {
		this.clock = clock;
		this.zone = zone;
	}

	public Instant now() {
		return clock.instant();
	}

	public LocalDate today() {
		return day(clock.instant());
	}

	/** The day an instant falls on in the organization's time zone. */
	public LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, zone);
	}

	public ZoneId zone() {
		return zone;
	}

	/** The instant a day starts in the organization's time zone. */
	public Instant start(LocalDate day) {
		return day.atStartOfDay(zone).toInstant();
	}
}
