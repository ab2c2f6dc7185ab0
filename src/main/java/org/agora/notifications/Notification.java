package org.agora.notifications;

import java.time.Instant;
import java.util.List;

/**
 * Something a person was told in Agora. Its text is rendered when it is read, in the reader's language.
 *
 * @param kind the code of its {@link NotificationKind}
 * @param args arguments of the text, some of them user text (names)
 * @param link the path it leads to
 */
public record Notification(long id, long personId, String kind, List<String> args, String link, Instant createdAt,
		Instant readAt) {

	public boolean read() {
		return readAt != null;
	}

	/** Message key of its text. */
	public String textKey() {
		return textKey(kind);
	}

	static String textKey(String kind) {
		return "notification." + kind + ".text";
	}
}
