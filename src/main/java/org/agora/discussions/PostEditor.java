package org.agora.discussions;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.agora.platform.markdown.MarkdownRenderer;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing a post, keeping every earlier text (and title, for an opening post) as a revision, and reading that
 * history back. A form saved against an older version than the stored one changes nothing.
 */
@Service
@Transactional
class PostEditor {

	/** A post to edit: its text now and, for an opening post, the thread's title and tags. */
	record Editable(ThreadStore.Located located, long postId, long authorId, boolean opening, String body,
			Instant writtenAt, int version) {

		DiscussionThread thread() {
			return located.thread();
		}
	}

	private record Stored(long authorId, boolean opening, String body, Instant writtenAt, int version,
			boolean hidden) {
	}

	/** The edit form as typed; title and tags only count for an opening post. */
	record PostEdit(String title, String body, String tags, Integer version) {
	}

	/** One text of a post in its history; the current text has revision false. */
	record Revision(String title, String html, String writtenBy, Instant writtenAt, boolean current) {
	}

	private final JdbcClient jdbc;

	private final ThreadStore threads;

	private final DiscussionsPolicy policy;

	private final Tags tags;

	private final PostWriter writer;

	private final ApplicationEventPublisher events;

	private final MarkdownRenderer markdown;

	private final Clock clock;

	PostEditor(JdbcClient jdbc, ThreadStore threads, DiscussionsPolicy policy, Tags tags, PostWriter writer,
			ApplicationEventPublisher events, MarkdownRenderer markdown, Clock clock) {
		this.jdbc = jdbc;
		this.threads = threads;
		this.policy = policy;
		this.tags = tags;
		this.writer = writer;
		this.events = events;
		this.markdown = markdown;
		this.clock = clock;
	}

	/** A post the viewer sees; not found otherwise (a hidden post only for its author and moderators). */
	@Transactional(readOnly = true)
	Editable visible(AgoraPrincipal viewer, long postId) {
		var located = threads.visibleByPost(viewer, postId);
		var post = jdbc.sql("""
				select author_id, opening, body, coalesce(edited_at, created_at) as written_at, version, hidden
				from discussions_post where id = :id""")
			.param("id", postId)
			.query((rs, n) -> new Stored(rs.getLong(1), rs.getBoolean(2), rs.getString(3),
					ThreadStore.instant(rs, "written_at"), rs.getInt(5), rs.getBoolean(6)))
			.single();
		if (post.hidden() && post.authorId() != viewer.personId() && !policy.mayModerate(viewer, located.space())) {
			throw new NotFoundException("Post");
		}
		return new Editable(located, postId, post.authorId(), post.opening(), post.body(), post.writtenAt(),
				post.version());
	}

	/** The post, when the viewer may edit it: its author while the thread is not locked, or a moderator. */
	@Transactional(readOnly = true)
	Editable editable(AgoraPrincipal viewer, long postId) {
		var post = visible(viewer, postId);
		if (!policy.mayEdit(viewer, post.located().space(), post.thread(), post.authorId())) {
			throw new AccessDeniedException("Only the author, while the thread is open, or a moderator edits a post");
		}
		boolean hidden = jdbc.sql("select hidden from discussions_post where id = :id")
			.param("id", postId)
			.query(Boolean.class)
			.single();
		if (hidden && !policy.mayModerate(viewer, post.located().space())) {
			throw new AccessDeniedException("A hidden post is edited by the space's moderators only");
		}
		return post;
	}

	void edit(AgoraPrincipal viewer, long postId, PostEdit edit) {
		var post = editable(viewer, postId);
		var thread = post.thread();
		String body = PostRules.body(edit.body());
		String title = post.opening() ? PostRules.title(edit.title()) : null;
		List<String> newTags = post.opening() ? Tags.parse(edit.tags()) : List.of();
		if (post.opening()) {
			tags.checkKnown(viewer, newTags.stream().filter(t -> !thread.tags().contains(t)).toList());
		}
		int expected = edit.version() == null ? post.version() : edit.version();
		Instant now = Instant.now(clock);
		int changed = jdbc.sql("""
				update discussions_post set body = :body, edited_at = :now, edit_count = edit_count + 1,
				  version = version + 1 where id = :id and version = :version""")
			.param("body", body)
			.param("now", Timestamp.from(now))
			.param("id", postId)
			.param("version", expected)
			.update();
		if (changed == 0) {
			throw new InvalidInputException("body", "dthreads.error.changedMeanwhile",
					"Someone changed this post while you were editing it; your text is kept below, compare and save again.");
		}
		jdbc.sql("""
				insert into discussions_post_revision (post_id, title, body, written_by, written_at, replaced_by,
				  replaced_at) values (:post, :title, :body, :writtenBy, :writtenAt, :by, :now)""")
			.param("post", postId)
			.param("title", post.opening() ? thread.title() : null)
			.param("body", post.body())
			.param("writtenBy", lastWriter(postId, post.authorId()))
			.param("writtenAt", Timestamp.from(post.writtenAt()))
			.param("by", viewer.personId())
			.param("now", Timestamp.from(now))
			.update();
		if (post.opening()) {
			jdbc.sql("update discussions_thread set title = :title, version = version + 1 where id = :id")
				.param("title", title)
				.param("id", thread.id())
				.update();
			writer.tag(thread.id(), newTags);
		}
		var space = post.located().space();
		List<Long> newlyMentioned = writer.mention(space, postId, post.authorId(), body);
		events.publishEvent(new PostEdited(postId, thread.id(), space.id(), space.isPrivate(), post.authorId(),
				viewer.personId(), newlyMentioned, now));
	}

	/** Who wrote the text now stored: whoever made the last edit, or the author. */
	private long lastWriter(long postId, long authorId) {
		return jdbc.sql("""
				select replaced_by from discussions_post_revision where post_id = :post
				order by replaced_at desc, id desc limit 1""")
			.param("post", postId)
			.query(Long.class)
			.optional()
			.orElse(authorId);
	}

	/** The post's texts, the current one first, then each earlier one, newest first. */
	@Transactional(readOnly = true)
	List<Revision> history(AgoraPrincipal viewer, long postId) {
		var post = visible(viewer, postId);
		String currentWriter = jdbc.sql("select full_name from people_person where id = :id")
			.param("id", lastWriter(postId, post.authorId()))
			.query(String.class)
			.single();
		var current = new Revision(post.opening() ? post.thread().title() : null, markdown.toHtml(post.body()),
				currentWriter, post.writtenAt(), true);
		var earlier = jdbc.sql("""
				select r.title, r.body, p.full_name, r.written_at from discussions_post_revision r
				join people_person p on p.id = r.written_by where r.post_id = :post order by r.replaced_at desc, r.id desc""")
			.param("post", postId)
			.query((rs, n) -> new Revision(rs.getString(1), markdown.toHtml(rs.getString(2)), rs.getString(3),
					ThreadStore.instant(rs, "written_at"), false))
			.list();
		var all = new ArrayList<Revision>();
		all.add(current);
		all.addAll(earlier);
		return all;
	}
}
