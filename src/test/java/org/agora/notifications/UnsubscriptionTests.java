package org.agora.notifications;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnsubscriptionTests {

	@Test
	void readsAKindOrAllFromThePayload() {
		assertThat(Unsubscription.parse("unsubscribe:42:nomination.received"))
			.contains(new Unsubscription(42, "nomination.received"));
		assertThat(Unsubscription.parse("unsubscribe:42:all")).contains(new Unsubscription(42, "all"));
	}

	@Test
	void refusesAnyOtherPayload() {
		assertThat(Unsubscription.parse("unsubscribe:42:no.such.kind")).isEmpty();
		assertThat(Unsubscription.parse("unsubscribe:x:all")).isEmpty();
		assertThat(Unsubscription.parse("calendar:42:all")).isEmpty();
		assertThat(Unsubscription.parse("unsubscribe:42")).isEmpty();
		assertThat(Unsubscription.parse("unsubscribe:42:all:more")).isEmpty();
	}

	@Test
	void namesTheKindThatStopsOrNoneForAll() {
		assertThat(new Unsubscription(1, "welcome").labelKey()).isEqualTo("notification.welcome.label");
		assertThat(new Unsubscription(1, "all").labelKey()).isNull();
	}
}
