package org.agora.notifications;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.agora.initiatives.MilestoneDue;
import org.agora.people.People;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Reminds an initiative's leader that one of its milestones is due soon, with the date in their language. */
@Component
class InitiativeNotifications {

	private final People people;

	private final Notifier notifier;

	InitiativeNotifications(People people, Notifier notifier) {
		this.people = people;
		this.notifier = notifier;
	}

	@ApplicationModuleListener
	void on(MilestoneDue event) {
		people.find(event.leaderId()).filter(p -> p.active()).ifPresent(person -> {
			var locale = person.locale() == null || person.locale().isBlank() ? Locale.ENGLISH
					: Locale.forLanguageTag(person.locale());
			String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(event.dueOn());
			notifier.tell(person, NotificationKind.INITIATIVE_MILESTONE_DUE,
					List.of(event.milestone(), event.initiative(), date), event.path());
		});
	}
}
