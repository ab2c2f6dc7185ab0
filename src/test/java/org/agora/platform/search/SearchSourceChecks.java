package org.agora.platform.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.agora.platform.security.AgoraPrincipal;

import static org.assertj.core.api.Assertions.assertThat;

/** What every module's search source test checks the same way. */
public final class SearchSourceChecks {

	private SearchSourceChecks() {
	}

	/** The ids of the documents the person holds a key to: their base keys and those the source grants. */
	public static Set<Long> keyed(SearchSource source, AgoraPrincipal viewer, List<SearchDocument> documents) {
		var keys = new HashSet<>(SearchAccess.baseKeys(viewer));
		keys.addAll(source.keys(viewer));
		var ids = new LinkedHashSet<Long>();
		documents.stream().filter(d -> d.access().stream().anyMatch(keys::contains)).forEach(d -> ids.add(d.id()));
		return ids;
	}

	/**
	 * A rebuild reads what a change reads: {@code all} gives each document once, the same as {@code find} for the
	 * ids, and as many as {@code count} says. Returns what {@code all} gave.
	 */
	public static List<SearchDocument> rebuildAgreesWithFind(SearchSource source, Collection<Long> ids) {
		var all = new ArrayList<SearchDocument>();
		source.all(all::addAll);
		assertThat(all).extracting(SearchDocument::id).doesNotHaveDuplicates();
		assertThat(all.stream().filter(d -> ids.contains(d.id())).toList())
			.containsExactlyInAnyOrderElementsOf(source.find(ids));
		assertThat((long) all.size()).isEqualTo(source.count());
		return all;
	}
}
