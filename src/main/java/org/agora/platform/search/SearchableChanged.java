package org.agora.platform.search;

import java.util.Collection;
import java.util.List;

/**
 * Some searchable things were created, changed or removed: the index reads them again from their source after the
 * transaction commits, and drops those the source no longer returns. Publish it inside the transaction that made the
 * change, like any other event.
 *
 * @param type the {@link SearchSource#type()} of the things
 * @param ids their ids
 */
public record SearchableChanged(String type, List<Long> ids) {

	public SearchableChanged {
		if (type == null || type.isBlank()) {
			throw new IllegalArgumentException("a searchable change needs a type");
		}
		ids = List.copyOf(ids);
	}

	public static SearchableChanged of(String type, long id) {
		return new SearchableChanged(type, List.of(id));
	}

	public static SearchableChanged of(String type, Collection<Long> ids) {
		return new SearchableChanged(type, List.copyOf(ids));
	}
}
