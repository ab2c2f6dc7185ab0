package org.agora.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generations of the index on disk: directories {@code index-<n>} under the root, and a {@code current} file
 * naming the live one. A generation that cannot be used at start-up is replaced by an empty one to rebuild.
 */
final class Generations {

	private static final Logger log = LoggerFactory.getLogger(Generations.class);

	private static final String CURRENT = "current";

	private final Path root;

	private final Analyzer analyzer;

	Generations(Path root, Analyzer analyzer) {
		this.root = root;
		this.analyzer = analyzer;
	}

	/** One index on disk with its writer and the searchers over it. */
	record Generation(Path path, Directory directory, IndexWriter writer, SearcherManager searchers) {
	}

	/** The live generation, and whether it must be rebuilt: missing, empty, unreadable or of another schema. */
	record Opened(Generation generation, boolean needsRebuild) {
	}

	static void commit(Generation generation) throws IOException {
		generation.writer().setLiveCommitData(Map.of(IndexFields.SCHEMA_KEY, IndexFields.SCHEMA).entrySet());
		generation.writer().commit();
	}

	/** The live generation named by the pointer file, or a fresh empty one when it cannot be used. */
	Opened openLive() {
		try {
			Files.createDirectories(root);
			Path pointer = root.resolve(CURRENT);
			String name = Files.exists(pointer) ? Files.readString(pointer).strip() : null;
			removeOthers(name);
			if (name != null && name.startsWith("index-") && Files.isDirectory(root.resolve(name))) {
				try {
					Generation generation = open(root.resolve(name));
					try {
						return new Opened(generation, !usable(generation));
					}
					catch (IOException | RuntimeException e) {
						// let go of its files and lock before the directory is removed
						close(generation, false);
						throw e;
					}
				}
				catch (IOException | RuntimeException e) {
					log.warn("The search index in {} cannot be read and will be rebuilt: {}", root.resolve(name),
							e.toString());
				}
			}
			else {
				log.info("No search index in {} yet; it will be built from the modules' data", root);
			}
			Generation fresh = create();
			commit(fresh);
			point(fresh);
			removeOthers(fresh.path().getFileName().toString());
			return new Opened(fresh, true);
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

	Generation create() {
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
	void point(Generation generation) throws IOException {
		Path next = root.resolve(CURRENT + ".next");
		Files.writeString(next, generation.path().getFileName().toString());
		Files.move(next, root.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** Generations left by an earlier swap or an interrupted rebuild. */
	private void removeOthers(String keep) throws IOException {
		try (Stream<Path> paths = Files.list(root)) {
			paths.filter(p -> p.getFileName().toString().startsWith("index-"))
				.filter(p -> !p.getFileName().toString().equals(keep))
				.forEach(Generations::delete);
		}
	}

	static void close(Generation generation, boolean delete) {
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
}
