package org.agora.knowledgemap;

import java.time.Instant;

/**
 * A unit's need for knowledge was recorded.
 *
 * @param path its address, {@code /knowledge-map/needs/<id>}
 */
public record KnowledgeNeedRaised(long needId, long unitId, Long areaId, long raisedBy, String title, String path,
		Instant raisedAt) {
}
