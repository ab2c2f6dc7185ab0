package org.agora.knowledgemap;

import java.time.Instant;

/**
 * A knowledge need was marked covered: what addresses it is in place.
 *
 * @param path its address, {@code /knowledge-map/needs/<id>}
 */
public record KnowledgeNeedCovered(long needId, long unitId, Long areaId, long coveredBy, String title, String path,
		Instant coveredAt) {
}
