package org.agora.knowledgemap;

import java.time.Instant;
import java.util.List;

/**
 * A knowledge area: a node of the tree of knowledge domains, with the units that depend on it.
 *
 * @param version raised by every save, so that a save made on an older one changes nothing
 */
record Area(long id, Long parentId, String name, String description, int version, long createdBy, Instant createdAt,
		Instant updatedAt, List<Long> unitIds) {

	static String path(long id) {
		return "/knowledge-map/areas/" + id;
	}

	String path() {
		return path(id);
	}
}
