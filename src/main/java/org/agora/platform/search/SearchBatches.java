package org.agora.platform.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;

/** How sources read their documents a batch at a time, so a rebuild or a large change never loads everything at once. */
public final class SearchBatches {

	private SearchBatches() {
	}

	/**
	 * Every id the query selects, in order, a batch at a time, each batch's documents handed on.
	 *
	 * @param idsAfter a select of ids above {@code :after}, in ascending order, at most {@code :n} of them
	 * @param find the documents of a batch of ids
	 */
	public static void walk(JdbcClient jdbc, String idsAfter, int size, Function<List<Long>, List<SearchDocument>> find,
			Consumer<List<SearchDocument>> batches) {
		long after = 0;
		while (true) {
			var ids = jdbc.sql(idsAfter).param("after", after).param("n", size).query(Long.class).list();
			if (ids.isEmpty()) {
				return;
			}
			batches.accept(find.apply(ids));
			after = ids.get(ids.size() - 1);
		}
	}

	/** What {@code read} gives for the ids, read in chunks of at most {@code size} ids. */
	public static <T> List<T> inChunks(Collection<Long> ids, int size, Function<List<Long>, ? extends Collection<T>> read) {
		var all = List.copyOf(ids);
		var result = new ArrayList<T>();
		for (int from = 0; from < all.size(); from += size) {
			result.addAll(read.apply(all.subList(from, Math.min(all.size(), from + size))));
		}
		return result;
	}
}
