package org.agora.notifications;

import java.util.List;
import java.util.Locale;

import org.agora.people.PersonSummary;
import org.agora.platform.AgoraProperties;
import org.agora.platform.mail.Mailer;
import org.agora.platform.mail.SignedTokens;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tells a person about something, in Agora and by email, as far as their preferences allow. */
@Service
class Notifier {

	private final Notifications notifications;

	private final Preferences preferences;

	private final Mailer mailer;

	private final SignedTokens tokens;

	private final MessageSource messages;

	private final AgoraProperties properties;

	Notifier(Notifications notifications, Preferences preferences, Mailer mailer, SignedTokens tokens,
			MessageSource messages, AgoraProperties properties) {
		this.notifications = notifications;
		this.preferences = preferences;
		this.mailer = mailer;
		this.tokens = tokens;
		this.messages = messages;
		this.properties = properties;
	}

	/**
	 * @param args arguments of the kind's texts; user text among them is never read as HTML
	 * @param link the path the notification leads to
	 */
	@Transactional
	void tell(PersonSummary recipient, NotificationKind kind, List<String> args, String link) {
		if (!recipient.active()) {
			return;
		}
		var preference = preferences.of(recipient.id(), kind);
		if (preference.inApp()) {
			notifications.add(recipient.id(), kind, args, link);
		}
		if (preference.email() && recipient.email() != null) {
			var locale = localeOf(recipient);
			if (kind.discreetEmail()) {
				mailer.send(recipient.email(), message("notification.discreet.subject", List.of(), locale),
						discreetBody(kind, locale), tokens.unsubscribePath(recipient.id(), Preferences.DISCREET));
				return;
			}
			mailer.send(recipient.email(), message("notification." + kind.code() + ".subject", args, locale),
					emailBody(recipient, kind, args, link, locale), tokens.unsubscribePath(recipient.id(), kind.code()));
		}
	}

	/**
	 * The email of a private matter: admins read the outbox, so it names nobody (not even the recipient, whose
	 * greeting would tie them to the matter) and links to a page that is no one's in particular.
	 */
	private String discreetBody(NotificationKind kind, Locale locale) {
		return message("notification.discreet.greeting", List.of(), locale) + "\n\n"
				+ message("notification.discreet.text", List.of(), locale) + "\n\n"
				+ message("notification.email.open", List.of(properties.link(kind.discreetLink())), locale) + "\n"
				+ message("notification.email.settings", List.of(properties.link("/notifications/preferences")), locale);
	}

	/** Plain text: the mailer escapes it for the HTML part, so names stay text. */
	private String emailBody(PersonSummary recipient, NotificationKind kind, List<String> args, String link,
			Locale locale) {
		return message("notification.email.greeting", List.of(recipient.fullName()), locale) + "\n\n"
				+ message(Notification.textKey(kind.code()), args, locale) + "\n\n"
				+ message("notification.email.open", List.of(properties.link(link)), locale) + "\n"
				+ message("notification.email.settings", List.of(properties.link("/notifications/preferences")), locale);
	}

	private String message(String key, List<String> args, Locale locale) {
		return messages.getMessage(key, args.toArray(), key, locale);
	}

	private static Locale localeOf(PersonSummary person) {
		return person.locale() == null || person.locale().isBlank() ? Locale.ENGLISH
				: Locale.forLanguageTag(person.locale());
	}
}
