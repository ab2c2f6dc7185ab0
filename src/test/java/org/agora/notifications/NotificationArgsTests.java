package org.agora.notifications;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationArgsTests {

	@Test
	void argumentsSurviveStorageAsTheyWereExceptControlCharacters() {
		var args = List.of("<b>Eve</b>", "Noam \"N\" O'Brien", "", "line\nbreak\u001Fsplit");

		assertThat(Notifications.decode(Notifications.encode(args)))
			.containsExactly("<b>Eve</b>", "Noam \"N\" O'Brien", "", "line break split");
	}

	@Test
	void noArgumentsAreStoredAsNone() {
		assertThat(Notifications.decode(Notifications.encode(List.of()))).isEmpty();
	}
}
