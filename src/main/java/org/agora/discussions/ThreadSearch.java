package org.agora.discussions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.agora.platform.markdown.MarkdownRenderer;
import org.agora.platform.search.SearchBatches;
import org.agora.platform.search.SearchDocument;
import org.agora.platform.search.SearchSource;
import org.agora.platform.security.AgoraPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Threads as the search index holds them: the title, tags and opening post of every thread, hidden ones included for
 * those who may still open them.
 */
@Component
@Transactional(readOnly = true)
class ThreadSearch implements SearchSource {

	static final String TYPE = "thread";

	static final int BATCH = 500;

	private final JdbcClient jdbc;

	private final ThreadStore threads;

	private final Spaces spaces;

	private final DiscussionsPolicy policy;

	private final DiscussionSearchAccess access;

	private final MarkdownRenderer markdown;

	ThreadSearch(JdbcClient jdbc, ThreadStore threads, Spaces spaces, DiscussionsPolicy policy,
			DiscussionSearchAccess access, MarkdownRenderer markdown) {
		this.jdbc = jdbc;
		this.threads = threads;
		this.spaces = spaces;
		this.policy = policy;
		this.access = access;
		this.markdown = markdown;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public void all(Consumer<List<SearchDocument>> batches) {
		SearchBatches.walk(jdbc, "select id from discussions_thread where id > :after order by id fetch first :n rows only",
				BATCH, this::find, batches);
	}

	@Override
	public long count() {
		return jdbc.sql("select count(*) from discussions_thread").query(Long.class).single();
	}

	@Override
	public List<SearchDocument> find(Collection<Long> ids) {
		return SearchBatches.inChunks(ids, BATCH, this::documents);
	}

	private List<SearchDocument> documents(List<Long> ids) {
		var found = threads.list("select " + ThreadStore.COLUMNS + " from discussions_thread t where t.id in (:ids)"
				+ " order by t.id", Map.of("ids", ids));
		if (found.isEmpty()) {
			return List.of();
		}
		var inSpaces = spaces.findAll(found.stream().map(DiscussionThread::spaceId).distinct().toList());
		Map<Long, String> openings = new HashMap<>();
		jdbc.sql("select thread_id, body from discussions_post where opening and thread_id in (:ids)")
			.param("ids", found.stream().map(DiscussionThread::id).toList())
			.query((rs, n) -> openings.put(rs.getLong(1), rs.getString(2)))
			.list();
		var documents = new ArrayList<SearchDocument>(found.size());
		for (var thread : found) {
			var space = inSpaces.get(thread.spaceId());
			var keys = thread.hidden() ? DiscussionSearchAccess.hidden(space, thread.authorId())
					: DiscussionSearchAccess.readers(space);
			documents.add(new SearchDocument(TYPE, thread.id(), thread.title(), thread.tags(),
					markdown.toPlainText(openings.get(thread.id())), thread.path(),
					thread.kind().name().toLowerCase(Locale.ROOT), new SearchDocument.Facet(space.id(), space.name()),
					null, thread.createdAt(), keys));
		}
		return documents;
	}

	@Override
	public Set<String> keys(AgoraPrincipal viewer) {
		return access.keys(viewer);
	}

	/** The thread page's rule, {@link DiscussionsPolicy#maySee(AgoraPrincipal, Space, DiscussionThread)}. */
	@Override
	public Set<Long> visible(AgoraPrincipal viewer, Collection<Long> ids) {
		if (viewer == null || ids.isEmpty()) {
			return Set.of();
		}
		var found = threads.list("select " + ThreadStore.COLUMNS + " from discussions_thread t where t.id in (:ids)",
				Map.of("ids", List.copyOf(ids)));
		var inSpaces = spaces.findAll(found.stream().map(DiscussionThread::spaceId).distinct().toList());
		var memberships = policy.memberships(viewer);
		Set<Long> visible = new LinkedHashSet<>();
		for (var thread : found) {
			if (policy.maySee(viewer, inSpaces.get(thread.spaceId()), thread, memberships)) {
				visible.add(thread.id());
			}
		}
		return visible;
	}
}
