package org.agora.search;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.agora.platform.search.SearchAccess;
import org.agora.platform.search.SearchDocument;
import org.agora.platform.search.SearchSource;
import org.agora.platform.search.SearchableChanged;
import org.agora.platform.security.AgoraPrincipal;
import org.apache.lucene.search.TermQuery;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import static org.awaitility.Awaitility.await;

/**
 * A searchable type that only tests have, kept in memory as if in a module's tables. Its type name cannot collide
 * with a real module's. Tests write notes with {@link #save}, which publishes the change like a module would.
 */
@Component
class TestNotes implements SearchSource {

	static final String TYPE = "test-note";

	private static final AtomicLong ids = new AtomicLong(1_000_000);

	private final Map<Long, SearchDocument> notes = new ConcurrentHashMap<>();

	private final Set<Long> hidden = ConcurrentHashMap.newKeySet();

	private final Map<Long, Set<String>> granted = new ConcurrentHashMap<>();

	private final ApplicationEventPublisher events;

	private volatile CountDownLatch gate;

	private final TransactionTemplate transactions;

	private final SearchIndex index;

	TestNotes(ApplicationEventPublisher events, TransactionTemplate transactions, @Lazy SearchIndex index) {
		this.events = events;
		this.transactions = transactions;
		this.index = index;
	}

	/** A word no other test uses, so that a test finds only its own notes. */
	static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10).replaceAll("\\d", "x");
	}

	/** A note anyone signed in may find, with these changes made to it. */
	static SearchDocument note(String title, String body, Consumer<Note> change) {
		var note = new Note(ids.incrementAndGet(), title, body);
		change.accept(note);
		return note.document();
	}

	static SearchDocument note(String title, String body) {
		return note(title, body, n -> {
		});
	}

	/**
	 * Stores the notes and publishes their change in a transaction, as a module does, then waits until the index has
	 * them (its listener runs after the commit, on another thread).
	 */
	List<SearchDocument> save(SearchDocument... documents) {
		for (SearchDocument document : documents) {
			notes.put(document.id(), document);
		}
		publish(List.of(documents).stream().map(SearchDocument::id).toList());
		for (SearchDocument document : documents) {
			await().atMost(Duration.ofSeconds(10)).until(() -> document.title().equals(indexedTitle(document.id())));
		}
		return List.of(documents);
	}

	void remove(SearchDocument document) {
		notes.remove(document.id());
		publish(List.of(document.id()));
		await().atMost(Duration.ofSeconds(10)).until(() -> indexedTitle(document.id()) == null);
	}

	/** The title the live index holds for the note, or null. */
	String indexedTitle(long id) {
		return index.read(searcher -> {
			var top = searcher.search(new TermQuery(IndexFields.key(TYPE, id)), 1);
			return top.scoreDocs.length == 0 ? null
					: searcher.storedFields().document(top.scoreDocs[0].doc).get(IndexFields.TITLE);
		});
	}

	/** Stored without telling the index, as if the event were lost: only a rebuild finds it. */
	void saveQuietly(SearchDocument document) {
		notes.put(document.id(), document);
	}

	void publish(Collection<Long> changed) {
		transactions.executeWithoutResult(status -> events.publishEvent(SearchableChanged.of(TYPE, changed)));
	}

	/** The policy no longer lets anyone open it, but the index has not heard yet. */
	void hide(SearchDocument document) {
		hidden.add(document.id());
	}

	void grant(long personId, String key) {
		granted.computeIfAbsent(personId, p -> ConcurrentHashMap.newKeySet()).add(key);
	}

	@Override
	public String type() {
		return TYPE;
	}

	/** Rebuilds wait in this source until released, so that a test sees one running. */
	void holdRebuilds() {
		gate = new CountDownLatch(1);
	}

	void releaseRebuilds() {
		gate.countDown();
		gate = null;
	}

	@Override
	public void all(Consumer<List<SearchDocument>> batches) {
		CountDownLatch held = gate;
		if (held != null) {
			try {
				held.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		List<SearchDocument> all = new ArrayList<>(notes.values());
		for (int i = 0; i < all.size(); i += 100) {
			batches.accept(all.subList(i, Math.min(all.size(), i + 100)));
		}
	}

	@Override
	public long count() {
		return notes.size();
	}

	@Override
	public List<SearchDocument> find(Collection<Long> ids) {
		return ids.stream().map(notes::get).filter(n -> n != null).toList();
	}

	@Override
	public Set<String> keys(AgoraPrincipal viewer) {
		return granted.getOrDefault(viewer.personId(), Set.of());
	}

	@Override
	public Set<Long> visible(AgoraPrincipal viewer, Collection<Long> ids) {
		Set<Long> visible = new HashSet<>(ids);
		visible.removeAll(hidden);
		return visible;
	}

	/** A note being written. */
	static final class Note {

		final long id;

		String title;

		String body;

		List<String> tags = List.of();

		SearchDocument.Facet space;

		SearchDocument.Facet unit;

		String kind;

		Instant date;

		Set<String> access = Set.of(SearchAccess.SIGNED_IN);

		Map<String, String> titles = Map.of();

		Note(long id, String title, String body) {
			this.id = id;
			this.title = title;
			this.body = body;
		}

		Note tags(String... tags) {
			this.tags = List.of(tags);
			return this;
		}

		Note space(long id, String name) {
			this.space = new SearchDocument.Facet(id, name);
			return this;
		}

		Note unit(long id, String name) {
			this.unit = new SearchDocument.Facet(id, name);
			return this;
		}

		Note kind(String kind) {
			this.kind = kind;
			return this;
		}

		Note date(Instant date) {
			this.date = date;
			return this;
		}

		Note title(String language, String title) {
			this.titles = Map.of(language, title);
			return this;
		}

		Note access(String... keys) {
			this.access = Set.of(keys);
			return this;
		}

		SearchDocument document() {
			return new SearchDocument(TYPE, id, title, tags, body, "/test-notes/" + id, kind, space, unit, date,
					access, titles);
		}
	}
}
