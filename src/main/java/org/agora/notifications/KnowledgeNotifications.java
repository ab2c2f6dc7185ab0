package org.agora.notifications;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.agora.knowledge.ArticleReviewDue;
import org.agora.knowledge.ArticleSubmittedForReview;
import org.agora.knowledge.Knowledge;
import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.agora.platform.security.Role;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Reminds an article's owner that its review-by date is near or past, with the date in their language, and asks the
 * named reviewer of a submitted draft (or, with none named, the community managers) to review it. A review request
 * reaches only people who may read the draft, and names it and who sent it, never its text.
 */
@Component
class KnowledgeNotifications {

	private final Knowledge knowledge;

	private final People people;

	private final Notifier notifier;

	KnowledgeNotifications(Knowledge knowledge, People people, Notifier notifier) {
		this.knowledge = knowledge;
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

	@ApplicationModuleListener
	void on(ArticleSubmittedForReview event) {
		var recipients = new LinkedHashSet<Long>();
		if (event.reviewerId() != null) {
			recipients.add(event.reviewerId());
		}
		else {
			people.withRole(Role.COMMUNITY_MANAGER).forEach(manager -> recipients.add(manager.id()));
		}
		recipients.remove(event.submittedBy());
		if (recipients.isEmpty()) {
			return;
		}
		var readers = knowledge.articleFor(recipients, event.articleId());
		var persons = people.findAll(readers.keySet());
		String submitter = people.find(event.submittedBy()).map(PersonSummary::fullName).orElse("");
		readers.forEach((personId, article) -> {
			var person = persons.get(personId);
			if (person != null) {
				notifier.tell(person, NotificationKind.ARTICLE_REVIEW_REQUESTED, List.of(submitter, article.title()),
						article.path());
			}
		});
	}
}
