package org.agora.knowledge;

import java.util.List;
import java.util.Locale;

import org.agora.discussions.Discussions;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Turns a solved question or a discussion thread into an article draft: the question and its accepted answer (or the
 * chosen post) quoted with their authors' names, and a link back to the thread. Only a thread the leader may see is
 * harvested; anyone else is told it does not exist. A thread of a private space keeps its space out of the draft,
 * and the draft stays with its writers until they publish it.
 */
@Service
class Harvest {

	private final Discussions discussions;

	private final ArticleEditor editor;

	private final KnowledgePolicy policy;

	private final MessageSource messages;

	Harvest(Discussions discussions, ArticleEditor editor, KnowledgePolicy policy, MessageSource messages) {
		this.discussions = discussions;
		this.editor = editor;
		this.policy = policy;
		this.messages = messages;
	}

	/** Writes the draft in the viewer's language; returns its id. */
	long draft(AgoraPrincipal viewer, Long threadId, Long postId, Locale locale) {
		if (threadId == null) {
			throw new InvalidInputException("thread", "knowledge.error.thread", "Name the thread.");
		}
		var quote = discussions.quoteFor(viewer, threadId, postId)
			.orElseThrow(() -> new NotFoundException(postId == null ? "Thread" : "Post"));
		if (!policy.mayHarvest(viewer)) {
			throw new AccessDeniedException("Knowledge leaders and community managers harvest threads");
		}
		String language = "he".equals(locale.getLanguage()) || "iw".equals(locale.getLanguage()) ? "he" : "en";
		var form = new ArticleForm(quote.question() ? ArticleType.HOW_TO.name() : ArticleType.INSIGHT.name(),
				abbreviate(quote.title(), ArticleRules.MAX_TITLE), "", body(quote, locale),
				String.join(", ", tags(quote.tags())), "", "",
				quote.privateSpace() ? "" : Long.toString(quote.spaceId()), language, "", null);
		return editor.create(viewer, form, List.of(), quote.threadId());
	}

	private String body(Discussions.ThreadQuote quote, Locale locale) {
		var text = new StringBuilder();
		text.append(t(quote.question() ? "knowledge.harvest.question" : "knowledge.harvest.opening", locale,
				quote.questionAuthor()))
			.append("\n\n")
			.append(quoted(quote.questionBody()))
			.append("\n\n");
		if (quote.quotedBody() != null) {
			text.append(t(quote.question() ? "knowledge.harvest.answer" : "knowledge.harvest.post", locale,
					quote.quotedAuthor()))
				.append("\n\n")
				.append(quoted(quote.quotedBody()))
				.append("\n\n");
		}
		text.append(t("knowledge.harvest.source", locale)).append(" [").append(escape(quote.title())).append("](")
			.append(quote.path()).append(")\n");
		String body = text.toString();
		return body.length() > ArticleRules.MAX_BODY ? body.substring(0, ArticleRules.MAX_BODY) : body;
	}

	private String t(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private static String quoted(String markdown) {
		return String.join("\n", markdown.strip().lines().map(line -> line.isEmpty() ? ">" : "> " + line).toList());
	}

	private static String escape(String title) {
		return title.replace("[", "\\[").replace("]", "\\]");
	}

	/** The thread's tags that are also valid article tags (they follow the same form). */
	private static List<String> tags(List<String> tags) {
		try {
			return ArticleRules.tags(String.join(",", tags));
		}
		catch (InvalidInputException e) {
			return List.of();
		}
	}

	private static String abbreviate(String title, int max) {
		return title.length() <= max ? title : title.substring(0, max - 1) + "…";
	}
}
