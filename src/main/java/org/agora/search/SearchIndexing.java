package org.agora.search;

import org.agora.platform.search.SearchableChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the index following the data: after a change commits, its things are read again from their source and
 * written, and the index commits before the event counts as handled, so a crash in between replays it.
 */
@Component
class SearchIndexing {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexing.class);

	private final Sources sources;

	private final SearchIndex index;

	SearchIndexing(Sources sources, SearchIndex index) {
		this.sources = sources;
		this.index = index;
	}

	@ApplicationModuleListener
	void on(SearchableChanged changed) {
		sources.of(changed.type())
			.ifPresentOrElse(source -> index.update(changed.type(), changed.ids(), source::find),
					() -> log.warn("No search source of type {}; {} changes ignored", changed.type(),
							changed.ids().size()));
	}
}
