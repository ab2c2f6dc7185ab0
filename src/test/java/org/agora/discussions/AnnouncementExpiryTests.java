package org.agora.discussions;

import java.time.Instant;
import java.time.ZoneId;

import org.agora.platform.web.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An announcement shows through its last day in the writer's time zone; 30 days when no day is given. */
class AnnouncementExpiryTests {

	private static final ZoneId JERUSALEM = ZoneId.of("Asia/Jerusalem");

	private static final Instant NOW = Instant.parse("2027-03-10T10:00:00Z");

	@Test
	void itShowsThroughTheWholeLastDay() {
		assertThat(Announcements.expiry("2027-03-20", NOW, JERUSALEM)).isEqualTo(Instant.parse("2027-03-20T22:00:00Z"));
	}

	@Test
	void withoutADayItShowsForThirtyDays() {
		assertThat(Announcements.expiry("", NOW, JERUSALEM)).isEqualTo(Instant.parse("2027-04-09T21:00:00Z"));
		assertThat(Announcements.expiry(null, NOW, JERUSALEM)).isEqualTo(Announcements.expiry(" ", NOW, JERUSALEM));
	}

	@Test
	void theLastDayMustBeInTheFutureAndWithinAYear() {
		assertThatThrownBy(() -> Announcements.expiry("2027-03-10", NOW, JERUSALEM))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.messageKey()).isEqualTo("dradar.announcement.error.expiresPast"));
		assertThatThrownBy(() -> Announcements.expiry("2028-06-01", NOW, JERUSALEM))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.messageKey()).isEqualTo("dradar.announcement.error.expiresFar"));
		assertThatThrownBy(() -> Announcements.expiry("10/03/2027", NOW, JERUSALEM))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("expires"));
	}
}
