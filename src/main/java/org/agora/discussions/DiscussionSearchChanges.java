package org.agora.discussions;

import java.util.List;

import org.agora.platform.search.SearchableChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the search index which threads and posts to read again, inside the transaction of the change. A reply carries
 * its thread's title and tags and follows its visibility, so whatever changes a thread as a whole (its opening post,
 * its space, hiding it) reindexes its replies too. Memberships change only who holds which key, never a document.
 */
@Component
class DiscussionSearchChanges {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	DiscussionSearchChanges(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@EventListener
	void on(ThreadCreated event) {
		events.publishEvent(SearchableChanged.of(ThreadSearch.TYPE, event.threadId()));
	}

	@EventListener
	void on(ReplyPosted event) {
		events.publishEvent(SearchableChanged.of(PostSearch.TYPE, event.postId()));
	}

	@EventListener
	void on(AnswerPosted event) {
		events.publishEvent(SearchableChanged.of(PostSearch.TYPE, event.postId()));
	}

	@EventListener
	void on(PostEdited event) {
		post(event.postId(), event.threadId());
	}

	@EventListener
	void on(PostHidden event) {
		post(event.postId(), event.threadId());
	}

	@EventListener
	void on(PostRestored event) {
		post(event.postId(), event.threadId());
	}

	/** A thread moved to another space: it and its replies have new readers. */
	void threadMoved(long threadId) {
		thread(threadId);
	}

	/** A space was renamed: every thread and reply in it shows the new name. */
	void spaceRenamed(long spaceId) {
		var ids = jdbc.sql("select id from discussions_thread where space_id = :space")
			.param("space", spaceId)
			.query(Long.class)
			.list();
		if (!ids.isEmpty()) {
			events.publishEvent(SearchableChanged.of(ThreadSearch.TYPE, ids));
			var posts = jdbc.sql("""
					select p.id from discussions_post p join discussions_thread t on t.id = p.thread_id
					where t.space_id = :space and not p.opening""")
				.param("space", spaceId)
				.query(Long.class)
				.list();
			if (!posts.isEmpty()) {
				events.publishEvent(SearchableChanged.of(PostSearch.TYPE, posts));
			}
		}
	}

	/** The opening post is the thread's document; any other post is its own. */
	private void post(long postId, long threadId) {
		boolean opening = jdbc.sql("select opening from discussions_post where id = :id")
			.param("id", postId)
			.query(Boolean.class)
			.single();
		if (opening) {
			thread(threadId);
		}
		else {
			events.publishEvent(SearchableChanged.of(PostSearch.TYPE, postId));
		}
	}

	private void thread(long threadId) {
		events.publishEvent(SearchableChanged.of(ThreadSearch.TYPE, threadId));
		List<Long> replies = jdbc.sql("select id from discussions_post where thread_id = :thread and not opening")
			.param("thread", threadId)
			.query(Long.class)
			.list();
		if (!replies.isEmpty()) {
			events.publishEvent(SearchableChanged.of(PostSearch.TYPE, replies));
		}
	}
}
