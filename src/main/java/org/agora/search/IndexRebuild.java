package org.agora.search;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.agora.platform.search.SearchDocument;
import org.agora.platform.search.SearchSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Builds the whole index again from every source, in the background, into a fresh generation that replaces the live
 * one when done; search keeps answering from the old one meanwhile. One rebuild at a time.
 */
@Component
class IndexRebuild implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);

	private final SearchIndex index;

	private final Sources sources;

	private final Clock clock;

	private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
		var thread = new Thread(r, "search-rebuild");
		thread.setDaemon(true);
		return thread;
	});

	private final Object lock = new Object();

	private RebuildStatus finished = RebuildStatus.NONE;

	/** The running rebuild's counters, or null. */
	private Map<String, AtomicLong[]> progress;

	private Instant startedAt;

	IndexRebuild(SearchIndex index, Sources sources, Clock clock) {
		this.index = index;
		this.sources = sources;
		this.clock = clock;
	}

	/**
	 * At start-up, after every other ready listener (the demo community is written then, straight to the tables):
	 * rebuilds an index that is missing, unreadable or of an older schema, or that holds another number of documents
	 * of some type than its source, as after restoring a database backup or writing data without events.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void rebuildWhenNeeded() {
		if (index.needsRebuild()) {
			start();
			return;
		}
		for (SearchSource source : sources.all()) {
			long indexed = index.count(source.type());
			long expected = source.count();
			if (indexed != expected) {
				log.info("Search index holds {} {} documents, the database {}: rebuilding", indexed, source.type(),
						expected);
				start();
				return;
			}
		}
	}

	/** Starts a rebuild unless one is running; false if one was. */
	boolean start() {
		synchronized (lock) {
			if (progress != null) {
				return false;
			}
			progress = new LinkedHashMap<>();
			startedAt = clock.instant();
			for (SearchSource source : sources.all()) {
				progress.put(source.type(), new AtomicLong[] { new AtomicLong(), new AtomicLong(-1) });
			}
		}
		runner.execute(this::run);
		return true;
	}

	RebuildStatus status() {
		synchronized (lock) {
			if (progress == null) {
				return finished;
			}
			return new RebuildStatus(true, startedAt, null, snapshot(), null);
		}
	}

	private List<RebuildStatus.TypeProgress> snapshot() {
		return progress.entrySet()
			.stream()
			.map(e -> new RebuildStatus.TypeProgress(e.getKey(), e.getValue()[0].get(),
					Math.max(e.getValue()[1].get(), e.getValue()[0].get())))
			.toList();
	}

	private void run() {
		log.info("Rebuilding the search index from {} sources", sources.all().size());
		Generations.Generation generation = index.startBuilding();
		String failure = null;
		try {
			for (SearchSource source : sources.all()) {
				AtomicLong[] counters = progress.get(source.type());
				counters[1].set(source.count());
				source.all(batch -> {
					index.add(generation, batch);
					counters[0].addAndGet(batch.size());
				});
				log.info("Search index: {} {} documents", counters[0].get(), source.type());
			}
			Map<String, Function<Collection<Long>, List<SearchDocument>>> finders = new LinkedHashMap<>();
			sources.all().forEach(source -> finders.put(source.type(), source::find));
			index.finishBuilding(generation, finders);
			log.info("The search index was rebuilt");
		}
		catch (RuntimeException e) {
			failure = e.toString();
			log.error("Rebuilding the search index failed; the previous index stays", e);
			index.abandon(generation);
		}
		synchronized (lock) {
			finished = new RebuildStatus(false, startedAt, clock.instant(), snapshot(), failure);
			progress = null;
		}
	}

	@Override
	public void destroy() {
		runner.shutdownNow();
	}
}
