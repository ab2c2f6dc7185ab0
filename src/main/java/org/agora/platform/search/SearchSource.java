package org.agora.platform.search;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.agora.platform.security.AgoraPrincipal;

/**
 * A module's searchable things of one type. The search index reads every document for a rebuild, reads the changed
 * ones again after each {@link SearchableChanged}, and asks back which hits a person may open, so search answers by
 * the same policy as the pages.
 */
public interface SearchSource {

	/** A short, stable name: {@code person}, {@code thread}, {@code post}, {@code article}, {@code event}, ... */
	String type();

	/** Every document that should be findable by someone, in batches, for a rebuild. */
	void all(Consumer<List<SearchDocument>> batches);

	/**
	 * How many documents {@link #all} will give: it shows a rebuild's progress, and at start-up an index holding
	 * another number of this type's documents is rebuilt, so count exactly what {@code all} gives.
	 */
	long count();

	/** The documents with these ids; an id left out is no longer findable by anyone and leaves the index. */
	List<SearchDocument> find(Collection<Long> ids);

	/**
	 * The keys this source grants the person beyond {@link SearchAccess#baseKeys}, e.g. their private spaces. Search
	 * pools the keys of all sources, so a module with several sources grants keys they share from one of them.
	 */
	default Set<String> keys(AgoraPrincipal viewer) {
		return Set.of();
	}

	/** Of these ids, those the person may open now, by the module's policy. */
	Set<Long> visible(AgoraPrincipal viewer, Collection<Long> ids);
}
