package org.agora.initiatives;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Now, and today in the organization's time zone, which due dates and milestones are counted in. */
@Component
class InitiativesClock {

	private final Clock clock;

	private final ZoneId zone;

	InitiativesClock(Clock clock, @Value("${agora.time-zone:UTC}") ZoneId zone) {
		this.clock = clock;
		this.zone = zone;
	}

	Instant now() {
		return clock.instant();
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), zone);
	}

	ZoneId zone() {
		return zone;
	}
}
