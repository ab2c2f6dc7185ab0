package org.agora.discussions;

import java.time.Instant;
import java.util.List;

/**
 * A link went on the community radar: approved by a community manager, or shared by one.
 *
 * @param submittedBy the member who shared it, or null when it came from a feed
 */
public record RadarItemApproved(long itemId, String url, String title, RadarKind kind, List<String> tags,
		Long submittedBy, long approvedBy, Instant approvedAt) {
}
