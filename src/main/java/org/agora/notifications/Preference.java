package org.agora.notifications;

/** How a person wants to hear about one kind of news: in Agora, by email, both or neither. */
public record Preference(NotificationKind kind, boolean inApp, boolean email) {

	static Preference defaultFor(NotificationKind kind) {
		return new Preference(kind, true, kind.emailByDefault());
	}
}
