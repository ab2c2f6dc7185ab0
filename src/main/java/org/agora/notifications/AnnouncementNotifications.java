package org.agora.notifications;

import java.util.List;

import org.agora.discussions.AnnouncementPublished;
import org.agora.people.People;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells everyone in an announcement's audience (and no one else) that it was published. */
@Component
class AnnouncementNotifications {

	private final People people;

	private final Notifier notifier;

	AnnouncementNotifications(People people, Notifier notifier) {
		this.people = people;
		this.notifier = notifier;
	}

	@ApplicationModuleListener
	void on(AnnouncementPublished event) {
		for (long personId : event.recipientIds()) {
			people.find(personId)
				.ifPresent(person -> notifier.tell(person, NotificationKind.ANNOUNCEMENT,
						List.of(event.title(), event.authorName()), "/announcements#announcement-" + event.announcementId()));
		}
	}
}
