package org.agora.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.agora.platform.search.SearchDocument;
import org.agora.search.Generations.Generation;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.search.IndexSearcher;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * This node's index on disk. Searches read the live generation; changes are written and committed one at a time, so
 * a change is durable and searchable before its event counts as handled. A rebuild fills a fresh generation beside
 * the live one and swaps it in, replaying what changed meanwhile.
 */
@Component
class SearchIndex implements DisposableBean {

	private final Analyzer analyzer = analyzer();

	private final Generations generations;

	/** One writer at a time: changes, a rebuild's replay and the swap. */
	private final ReentrantLock writing = new ReentrantLock();

	private volatile Generation live;

	private volatile boolean needsRebuild;

	/** The generation a rebuild is filling, and what changed while it did. */
	private Generation building;

	private final Map<String, Set<Long>> changedWhileBuilding = new LinkedHashMap<>();

	SearchIndex(SearchProperties properties) {
		this.generations = new Generations(properties.directory().toAbsolutePath().normalize(), analyzer);
		var opened = generations.openLive();
		this.live = opened.generation();
		this.needsRebuild = opened.needsRebuild();
	}

	static Analyzer analyzer() {
		return new PerFieldAnalyzerWrapper(TextAnalyzer.text(), Map.of(IndexFields.SPELL, TextAnalyzer.spelling()));
	}

	Analyzer queryAnalyzer() {
		return analyzer;
	}

	/** Whether start-up found no usable index: missing, empty, unreadable or of an older schema. */
	boolean needsRebuild() {
		return needsRebuild;
	}

	/** How many documents of the type the live index holds. */
	long count(String type) {
		return read(searcher -> searcher.count(new TermQuery(new Term(IndexFields.TYPE, type))));
	}

	@FunctionalInterface
	interface Read<T> {

		T apply(IndexSearcher searcher) throws IOException;
	}

	<T> T read(Read<T> read) {
		try {
			Generation generation;
			IndexSearcher searcher;
			while (true) {
				generation = live;
				try {
					searcher = generation.searchers().acquire();
					break;
				}
				catch (AlreadyClosedException e) {
					// a rebuild swapped the generation in between: read the new one
					if (generation == live) {
						throw e;
					}
				}
			}
			try {
				return read.apply(searcher);
			}
			finally {
				generation.searchers().release(searcher);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Reads the things again and writes them, deleting those no longer found, then commits and refreshes. Reading
	 * under the same lock as writing means that the last change written is read last.
	 */
	void update(String type, Collection<Long> ids, Function<Collection<Long>, List<SearchDocument>> find) {
		writing.lock();
		try {
			write(live, type, ids, find.apply(ids));
			Generations.commit(live);
			live.searchers().maybeRefreshBlocking();
			if (building != null) {
				changedWhileBuilding.computeIfAbsent(type, t -> new HashSet<>()).addAll(ids);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			writing.unlock();
		}
	}

	/** Starts a fresh generation for a rebuild; changes from now on are also remembered for it. */
	Generation startBuilding() {
		writing.lock();
		try {
			building = generations.create();
			changedWhileBuilding.clear();
			return building;
		}
		finally {
			writing.unlock();
		}
	}

	void add(Generation generation, List<SearchDocument> documents) {
		try {
			for (SearchDocument document : documents) {
				generation.writer()
					.updateDocument(IndexFields.key(document.type(), document.id()), IndexFields.document(document));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Replays what changed during the rebuild, commits the new generation and makes it the live one. */
	void finishBuilding(Generation generation, Map<String, Function<Collection<Long>, List<SearchDocument>>> finders) {
		writing.lock();
		try {
			for (var changed : changedWhileBuilding.entrySet()) {
				var find = finders.get(changed.getKey());
				if (find != null) {
					write(generation, changed.getKey(), changed.getValue(), find.apply(changed.getValue()));
				}
			}
			Generations.commit(generation);
			generation.searchers().maybeRefreshBlocking();
			generations.point(generation);
			Generation old = live;
			live = generation;
			needsRebuild = false;
			Generations.close(old, true);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			building = null;
			changedWhileBuilding.clear();
			writing.unlock();
		}
	}

	void abandon(Generation generation) {
		writing.lock();
		try {
			building = null;
			changedWhileBuilding.clear();
			Generations.close(generation, true);
		}
		finally {
			writing.unlock();
		}
	}

	private static void write(Generation generation, String type, Collection<Long> ids, List<SearchDocument> found)
			throws IOException {
		Set<Long> missing = new HashSet<>(ids);
		for (SearchDocument document : found) {
			if (!type.equals(document.type())) {
				throw new IllegalStateException("source of " + type + " returned a " + document.type());
			}
			generation.writer()
				.updateDocument(IndexFields.key(type, document.id()), IndexFields.document(document));
			missing.remove(document.id());
		}
		for (Long id : missing) {
			generation.writer().deleteDocuments(IndexFields.key(type, id));
		}
	}

	@Override
	public void destroy() {
		writing.lock();
		try {
			if (building != null) {
				Generations.close(building, true);
				building = null;
			}
			Generations.close(live, false);
		}
		finally {
			writing.unlock();
		}
	}
}
