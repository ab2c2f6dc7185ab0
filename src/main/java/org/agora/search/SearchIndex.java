package org.agora.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Stream;

import org.agora.platform.search.SearchDocument;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * This node's index on disk. Searches read the live generation; changes are written and committed one at a time, so
 * a change is durable and searchable before its event counts as handled. A rebuild fills a fresh generation beside
 * the live one and swaps it in, replaying what changed meanwhile.
 */
@Component
class SearchIndex implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	private static final String CURRENT = "current";

	private final Path root;

	private final Analyzer analyzer = analyzer();

	/** One writer at a time: changes, a rebuild's replay and the swap. */
	private final ReentrantLock writing = new ReentrantLock();

	private volatile Generation live;

	private volatile boolean needsRebuild;

	/** The generation a rebuild is filling, and what changed while it did. */
	private Generation building;

	private final Map<String, Set<Long>> changedWhileBuilding = new LinkedHashMap<>();

	SearchIndex(SearchProperties properties) {
		this.root = properties.directory().toAbsolutePath().normalize();
		this.live = openLive();
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

	@FunctionalInterface
	interface Read<T> {

		T apply(IndexSearcher searcher) throws IOException;
	}

	<T> T read(Read<T> read) {
		Generation generation = live;
		try {
			IndexSearcher searcher = generation.searchers().acquire();
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
			commit(live);
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
			building = create();
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
			commit(generation);
			generation.searchers().maybeRefreshBlocking();
			point(generation);
			Generation old = live;
			live = generation;
			needsRebuild = false;
			close(old, true);
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
			close(generation, true);
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

	private static void commit(Generation generation) throws IOException {
		generation.writer().setLiveCommitData(Map.of(IndexFields.SCHEMA_KEY, IndexFields.SCHEMA).entrySet());
		generation.writer().commit();
	}

	/** The live generation named by the pointer file, or a fresh empty one when it cannot be used. */
	private Generation openLive() {
		try {
			Files.createDirectories(root);
			Path pointer = root.resolve(CURRENT);
			String name = Files.exists(pointer) ? Files.readString(pointer).strip() : null;
			removeOthers(name);
			if (name != null && name.startsWith("index-") && Files.isDirectory(root.resolve(name))) {
				try {
					Generation generation = open(root.resolve(name));
					needsRebuild = !usable(generation);
					return generation;
				}
				catch (IOException | RuntimeException e) {
					log.warn("The search index in {} cannot be read and will be rebuilt: {}", root.resolve(name),
							e.toString());
				}
			}
			else {
				log.info("No search index in {} yet; it will be built from the modules' data", root);
			}
			needsRebuild = true;
			Generation fresh = create();
			commit(fresh);
			point(fresh);
			removeOthers(fresh.path().getFileName().toString());
			return fresh;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot open the search index in " + root, e);
		}
	}

	/** Empty, of another schema, or failing its checksums. */
	private static boolean usable(Generation generation) throws IOException {
		try (DirectoryReader reader = DirectoryReader.open(generation.directory())) {
			String schema = reader.getIndexCommit().getUserData().get(IndexFields.SCHEMA_KEY);
			if (!IndexFields.SCHEMA.equals(schema)) {
				log.info("The search index has schema {}, not {}; it will be rebuilt", schema, IndexFields.SCHEMA);
				return false;
			}
			for (LeafReaderContext leaf : reader.leaves()) {
				leaf.reader().checkIntegrity();
			}
			return reader.numDocs() > 0;
		}
	}

	private Generation open(Path path) throws IOException {
		Directory directory = FSDirectory.open(path);
		IndexWriter writer = null;
		try {
			writer = new IndexWriter(directory, config().setOpenMode(IndexWriterConfig.OpenMode.APPEND));
			return new Generation(path, directory, writer, new SearcherManager(writer, null));
		}
		catch (IOException | RuntimeException e) {
			IOUtils.closeWhileHandlingException(writer, directory);
			throw e;
		}
	}

	private Generation create() {
		try {
			Path path;
			long stamp = System.currentTimeMillis();
			do {
				path = root.resolve("index-" + stamp++);
			}
			while (Files.exists(path));
			Directory directory = FSDirectory.open(Files.createDirectories(path));
			IndexWriter writer = new IndexWriter(directory, config().setOpenMode(IndexWriterConfig.OpenMode.CREATE));
			return new Generation(path, directory, writer, new SearcherManager(writer, null));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private IndexWriterConfig config() {
		return new IndexWriterConfig(analyzer);
	}

	/** Names the live generation in a file replaced in one step, so a crash leaves the old or the new one. */
	private void point(Generation generation) throws IOException {
		Path next = root.resolve(CURRENT + ".next");
		Files.writeString(next, generation.path().getFileName().toString());
		Files.move(next, root.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** Generations left by an earlier swap or an interrupted rebuild. */
	private void removeOthers(String keep) throws IOException {
		try (Stream<Path> paths = Files.list(root)) {
			paths.filter(p -> p.getFileName().toString().startsWith("index-"))
				.filter(p -> !p.getFileName().toString().equals(keep))
				.forEach(SearchIndex::delete);
		}
	}

	private static void close(Generation generation, boolean delete) {
		IOUtils.closeWhileHandlingException(generation.searchers(), generation.writer(), generation.directory());
		if (delete) {
			delete(generation.path());
		}
	}

	private static void delete(Path path) {
		try {
			IOUtils.rm(path);
		}
		catch (IOException e) {
			log.debug("Could not remove {}: {}", path, e.toString());
		}
	}

	@Override
	public void destroy() {
		writing.lock();
		try {
			if (building != null) {
				close(building, true);
				building = null;
			}
			close(live, false);
		}
		finally {
			writing.unlock();
		}
	}

	/** One index on disk with its writer and the searchers over it. */
	record Generation(Path path, Directory directory, IndexWriter writer, SearcherManager searchers) {
	}
}
