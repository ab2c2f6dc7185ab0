package org.agora.recognition;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Now, and the day and quarter in the organization's time zone, which caps, periods and badges count in. */
@Component
class RecognitionClock {

	private final Clock clock;

	private final ZoneId zone;

	RecognitionClock(Clock clock, @Value("${agora.time-zone:UTC}") ZoneId zone) {
		this.clock = clock;
		this.zone = zone;
	}

	Instant now() {
		return clock.instant();
	}

	LocalDate today() {
		return day(clock.instant());
	}

	LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, zone);
	}

	ZoneId zone() {
		return zone;
	}

	/** The instant a day starts in the organization's time zone. */
	Instant start(LocalDate day) {
		return day.atStartOfDay(zone).toInstant();
	}
}
