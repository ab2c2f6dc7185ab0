package org.agora.discussions;

import java.time.Instant;
import java.util.List;

/**
 * A link on the radar or in its queue.
 *
 * @param submittedBy who shared it, or null for an entry of a feed
 * @param sourceName the feed it came from, or null
 */
record RadarItem(long id, String url, String title, String summary, RadarKind kind, RadarStatus status,
		boolean featured, Long submittedBy, String submitterName, Long sourceId, String sourceName, Instant createdAt,
		List<String> tags) {

	RadarItem withTags(List<String> tags) {
		return new RadarItem(id, url, title, summary, kind, status, featured, submittedBy, submitterName, sourceId,
				sourceName, createdAt, List.copyOf(tags));
	}

	boolean approved() {
		return status == RadarStatus.APPROVED;
	}
}
