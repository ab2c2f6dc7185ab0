package org.agora.notifications;

import java.util.Optional;

/**
 * A signed request to stop emails of one kind, of every discreet kind ({@link Preferences#DISCREET}), or of every
 * kind ({@link Preferences#ALL}), read from the
 * payload {@code unsubscribe:<personId>:<kind>} of an unsubscribe link.
 */
record Unsubscription(long personId, String kind) {

	static Optional<Unsubscription> parse(String payload) {
		var parts = payload.split(":", -1);
		if (parts.length != 3 || !"unsubscribe".equals(parts[0])) {
			return Optional.empty();
		}
		if (!Preferences.ALL.equals(parts[2]) && !Preferences.DISCREET.equals(parts[2])
				&& NotificationKind.of(parts[2]).isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(new Unsubscription(Long.parseLong(parts[1]), parts[2]));
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	/** Message key of the name of the kind that stops, or null when every notification email stops. */
	String labelKey() {
		if (Preferences.DISCREET.equals(kind)) {
			return "notification.discreet.label";
		}
		return NotificationKind.of(kind).map(NotificationKind::labelKey).orElse(null);
	}
}
