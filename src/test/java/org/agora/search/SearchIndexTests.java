package org.agora.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.agora.platform.search.SearchAccess;
import org.agora.platform.search.SearchDocument;
import org.agora.platform.search.SearchSource;
import org.agora.platform.security.AgoraPrincipal;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The index on disk: what start-up does with a missing, corrupt or outdated one, and what a rebuild keeps. */
class SearchIndexTests {

	@TempDir
	Path directory;

	final Notes source = new Notes();

	SearchIndex index;

	@AfterEach
	void close() {
		if (index != null) {
			index.destroy();
		}
	}

	@Test
	void aMissingIndexIsBuiltFromTheSources() {
		source.add(1, "First");
		source.add(2, "Second");

		startUp();

		assertThat(count()).isEqualTo(2);
	}

	@Test
	void aGoodIndexIsKeptAtTheNextStart() {
		source.add(1, "First");
		startUp();
		index.destroy();
		source.notes.clear();

		index = new SearchIndex(new SearchProperties(directory));

		assertThat(index.needsRebuild()).isFalse();
		assertThat(count()).isEqualTo(1);
	}

	@Test
	void aCorruptIndexIsRebuiltFromTheSources() throws IOException {
		source.add(1, "First");
		startUp();
		index.destroy();
		index = null;
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path file : files.filter(f -> f.getFileName().toString().startsWith("_")
					|| f.getFileName().toString().startsWith("segments")).toList()) {
				Files.write(file, new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 });
			}
		}
		source.add(2, "Second");

		startUp();

		assertThat(count()).isEqualTo(2);
	}

	@Test
	void anIndexOfAnotherSchemaIsRebuilt() throws IOException {
		Path old = Files.createDirectories(directory.resolve("index-1"));
		try (var writer = new IndexWriter(FSDirectory.open(old), new IndexWriterConfig())) {
			writer.addDocument(IndexFields.document(note(9, "Old")));
			writer.setLiveCommitData(Map.of(IndexFields.SCHEMA_KEY, "0").entrySet());
			writer.commit();
		}
		Files.writeString(directory.resolve("current"), "index-1");
		source.add(1, "New");

		startUp();

		assertThat(count()).isEqualTo(1);
		assertThat(Files.exists(old)).isFalse();
	}

	@Test
	void changesDuringARebuildAreReplayedIntoTheNewIndex() {
		index = new SearchIndex(new SearchProperties(directory));
		source.add(1, "First");
		var generation = index.startBuilding();
		index.add(generation, source.find(List.of(1L)));
		// written after the rebuild read it: only the replay brings the new title into the new index
		source.add(1, "Changed");
		source.add(2, "Added");
		index.update(TestNotes.TYPE, List.of(1L, 2L), source::find);

		index.finishBuilding(generation, Map.of(TestNotes.TYPE, source::find));

		assertThat(count()).isEqualTo(2);
		assertThat(titles()).containsExactlyInAnyOrder("Changed", "Added");
	}

	private void startUp() {
		index = new SearchIndex(new SearchProperties(directory));
		assertThat(index.needsRebuild()).isTrue();
		var rebuild = new IndexRebuild(index, new Sources(List.of(source)), Clock.systemUTC());
		rebuild.rebuildWhenNeeded();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> !rebuild.status().running() && rebuild.status().finishedAt() != null);
		assertThat(rebuild.status().failure()).isNull();
		assertThat(index.needsRebuild()).isFalse();
	}

	private int count() {
		return index.read(searcher -> searcher.count(new MatchAllDocsQuery()));
	}

	private List<String> titles() {
		return index.read(searcher -> {
			var stored = searcher.storedFields();
			return Stream.of(searcher.search(new MatchAllDocsQuery(), 10).scoreDocs).map(d -> {
				try {
					return stored.document(d.doc).get(IndexFields.TITLE);
				}
				catch (IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}).toList();
		});
	}

	static SearchDocument note(long id, String title) {
		return new SearchDocument(TestNotes.TYPE, id, title, List.of(), "", "/n/" + id, null, null, null, null,
				Set.of(SearchAccess.SIGNED_IN));
	}

	/** A source kept in a map. */
	static final class Notes implements SearchSource {

		final Map<Long, SearchDocument> notes = new ConcurrentHashMap<>();

		void add(long id, String title) {
			notes.put(id, note(id, title));
		}

		@Override
		public String type() {
			return TestNotes.TYPE;
		}

		@Override
		public void all(Consumer<List<SearchDocument>> batches) {
			batches.accept(List.copyOf(notes.values()));
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
		public Set<Long> visible(AgoraPrincipal viewer, Collection<Long> ids) {
			return Set.copyOf(ids);
		}
	}
}
