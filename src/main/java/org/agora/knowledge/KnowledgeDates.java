package org.agora.knowledge;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Today in the organization's time zone, which review-by dates are counted in, and the default review period. */
@Component
class KnowledgeDates {

	/** How long a published or confirmed article stays fresh unless its owner chooses another date. */
	static final Period REVIEW_PERIOD = Period.ofMonths(12);

	private final Clock clock;

	private final ZoneId zone;

	KnowledgeDates(Clock clock, @Value("${agora.time-zone:UTC}") ZoneId zone) {
		this.clock = clock;
		this.zone = zone;
	}

	Instant now() {
		return clock.instant();
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), zone);
	}

	LocalDate defaultReviewBy() {
		return today().plus(REVIEW_PERIOD);
	}
}
