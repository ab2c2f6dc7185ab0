package org.agora.discussions;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.agora.platform.markdown.MarkdownRenderer;
import org.agora.platform.search.SearchBatches;
import org.agora.platform.search.SearchDocument;
import org.agora.platform.search.SearchSource;
import org.agora.platform.security.AgoraPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replies and answers as the search index holds them, under their thread's title and tags. A thread's opening post is
 * part of the thread's own document ({@link ThreadSearch}), so it is not one of these. Replies open with the keys of
 * their space, which {@link ThreadSearch} grants: search pools every source's keys, so they are worked out once.
 */
@Component
@Transactional(readOnly = true)
class PostSearch implements SearchSource {

	static final String TYPE = "post";

	private static final int BATCH = ThreadSearch.BATCH;

	private final JdbcClient jdbc;

	private final ThreadStore threads;

	private final Spaces spaces;

	private final DiscussionsPolicy policy;

	private final DiscussionSearchAccess access;

	private final MarkdownRenderer markdown;

	PostSearch(JdbcClient jdbc, ThreadStore threads, Spaces spaces, DiscussionsPolicy policy,
			DiscussionSearchAccess access, MarkdownRenderer markdown) {
		this.jdbc = jdbc;
		this.threads = threads;
		this.spaces = spaces;
		this.policy = policy;
		this.access = access;
		this.markdown = markdown;
	}

	private record Post(long id, long threadId, long authorId, String body, boolean hidden, Instant createdAt) {
	}

	/** The posts, their threads and the threads' spaces, read in a fixed number of queries. */
	private record Loaded(List<Post> posts, Map<Long, DiscussionThread> threads, Map<Long, Space> spaces) {

		DiscussionThread thread(Post post) {
			return threads.get(post.threadId());
		}

		Space space(Post post) {
			return spaces.get(thread(post).spaceId());
		}
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public void all(Consumer<List<SearchDocument>> batches) {
		SearchBatches.walk(jdbc, """
					select id from discussions_post where not opening and id > :after
					order by id fetch first :n rows only""",
				BATCH, this::find, batches);
	}

	@Override
	public long count() {
		return jdbc.sql("select count(*) from discussions_post where not opening").query(Long.class).single();
	}

	@Override
	public List<SearchDocument> find(Collection<Long> ids) {
		return SearchBatches.inChunks(ids, BATCH, chunk -> {
			var loaded = load(chunk);
			return loaded.posts().stream().map(post -> document(post, loaded.thread(post), loaded.space(post))).toList();
		});
	}

	private SearchDocument document(Post post, DiscussionThread thread, Space space) {
		// the post's own address leads to the page of the thread it is on, at its anchor
		return new SearchDocument(TYPE, post.id(), thread.title(), thread.tags(), markdown.toPlainText(post.body()),
				"/discussions/posts/" + post.id(), thread.isQuestion() ? "answer" : "reply",
				new SearchDocument.Facet(space.id(), space.name()), null, post.createdAt(),
				DiscussionSearchAccess.post(space, thread, post.authorId(), post.hidden()));
	}

	/** The thread page's rules: the thread the viewer sees, and a hidden post only for its author and moderators. */
	@Override
	public Set<Long> visible(AgoraPrincipal viewer, Collection<Long> ids) {
		if (viewer == null || ids.isEmpty()) {
			return Set.of();
		}
		var loaded = load(List.copyOf(ids));
		var memberships = policy.memberships(viewer);
		Set<Long> visible = new LinkedHashSet<>();
		for (var post : loaded.posts()) {
			if (policy.maySeePost(viewer, loaded.space(post), loaded.thread(post), post.authorId(), post.hidden(),
					memberships)) {
				visible.add(post.id());
			}
		}
		return visible;
	}

	private Loaded load(List<Long> ids) {
		var posts = jdbc.sql("""
				select id, thread_id, author_id, body, hidden, created_at from discussions_post
				where not opening and id in (:ids) order by id""")
			.param("ids", ids)
			.query((rs, n) -> new Post(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getBoolean(5),
					rs.getTimestamp(6).toInstant()))
			.list();
		if (posts.isEmpty()) {
			return new Loaded(posts, Map.of(), Map.of());
		}
		var byId = threads
			.list("select " + ThreadStore.COLUMNS + " from discussions_thread t where t.id in (:ids)",
					Map.of("ids", posts.stream().map(Post::threadId).distinct().toList()))
			.stream()
			.collect(Collectors.toMap(DiscussionThread::id, t -> t));
		var inSpaces = spaces.findAll(byId.values().stream().map(DiscussionThread::spaceId).distinct().toList());
		return new Loaded(posts, byId, inSpaces);
	}
}
