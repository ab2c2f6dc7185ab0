package org.agora.knowledge;

import java.util.Locale;
import java.util.Optional;

/** The moves of the article workflow, each from one status to another. */
enum Transition {

	/** A draft goes to a peer (or the community managers) for review. */
	SUBMIT(ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW),

	/** The reviewer approves, and the article is published. */
	APPROVE(ArticleStatus.IN_REVIEW, ArticleStatus.PUBLISHED),

	/** The reviewer sends it back to its writers with a comment. */
	SEND_BACK(ArticleStatus.IN_REVIEW, ArticleStatus.DRAFT),

	/** The owner publishes a draft without review. */
	PUBLISH(ArticleStatus.DRAFT, ArticleStatus.PUBLISHED),

	ARCHIVE(ArticleStatus.PUBLISHED, ArticleStatus.ARCHIVED),

	UNARCHIVE(ArticleStatus.ARCHIVED, ArticleStatus.PUBLISHED);

	final ArticleStatus from;

	final ArticleStatus to;

	Transition(ArticleStatus from, ArticleStatus to) {
		this.from = from;
		this.to = to;
	}

	/** Its name in addresses: {@code send-back}. */
	String slug() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static Optional<Transition> ofSlug(String slug) {
		for (var t : values()) {
			if (t.slug().equals(slug)) {
				return Optional.of(t);
			}
		}
		return Optional.empty();
	}
}
