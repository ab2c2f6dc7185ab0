package org.agora.search;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.agora.platform.search.SearchAccess;
import org.agora.platform.search.SearchSource;
import org.agora.platform.security.AgoraPrincipal;
import org.springframework.stereotype.Component;

/** Every module's {@link SearchSource}, by type. */
@Component
class Sources {

	private final Map<String, SearchSource> byType = new TreeMap<>();

	Sources(List<SearchSource> sources) {
		for (SearchSource source : sources) {
			SearchSource other = byType.put(source.type(), source);
			if (other != null) {
				throw new IllegalStateException("Two search sources of type " + source.type() + ": "
						+ other.getClass().getName() + " and " + source.getClass().getName());
			}
		}
	}

	Optional<SearchSource> of(String type) {
		return Optional.ofNullable(byType.get(type));
	}

	Set<String> types() {
		return byType.keySet();
	}

	Collection<SearchSource> all() {
		return byType.values();
	}

	/** The keys the person holds: who they are, and what each source grants them. */
	Set<String> keys(AgoraPrincipal viewer) {
		Set<String> keys = new LinkedHashSet<>(SearchAccess.baseKeys(viewer));
		if (viewer != null) {
			byType.values().forEach(source -> keys.addAll(source.keys(viewer)));
		}
		return keys;
	}
}
