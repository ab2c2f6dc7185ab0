package org.agora.notifications;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.agora.knowledge.ArticleReviewDue;
import org.agora.people.People;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Reminds an article's owner that its review-by date is near or past, with the date in their language. */
@Component
class KnowledgeNotifications {

	private final People people;

	private final Notifier notifier;

	KnowledgeNotifications(People people, Notifier notifier) {
		this.people = people;
		this.notifier = notifier;
	}

	@ApplicationModuleListener
	void on(ArticleReviewDue event) {
		people.find(event.ownerId()).filter(p -> p.active()).ifPresent(person -> {
			var locale = person.locale() == null || person.locale().isBlank() ? Locale.ENGLISH
					: Locale.forLanguageTag(person.locale());
			String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(event.reviewBy());
			notifier.tell(person, NotificationKind.ARTICLE_REVIEW_DUE, List.of(event.title(), date), event.path());
		});
	}
}
