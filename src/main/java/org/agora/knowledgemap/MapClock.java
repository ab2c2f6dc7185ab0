package org.agora.knowledgemap;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Now, and today in the organization's time zone, which departures and due dates are counted in. */
@Component
class MapClock {

	private final Clock clock;

	private final ZoneId zone;

	MapClock(Clock clock, @Value("${agora.time-zone:UTC}") ZoneId zone) {
		this.clock = clock;
		this.zone = zone;
	}

	Instant now() {
		return clock.instant();
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), zone);
	}
}
