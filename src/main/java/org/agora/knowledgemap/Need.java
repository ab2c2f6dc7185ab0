package org.agora.knowledgemap;

import java.time.Instant;
import java.util.List;

/** A unit's knowledge need as stored, with the links to what addresses it. Its priority is computed when read. */
record Need(long id, long unitId, Long areaId, String title, String description, String neededBy, Integer peopleCount,
		NeedAvailability availability, int importance, int scarcity, int frequency, NeedStatus status, int version,
		long raisedBy, Instant createdAt, Instant updatedAt, Instant coveredAt, List<Link> links) {

	/** A link to an initiative, article, event or course that addresses the need. */
	record Link(NeedLinkKind kind, String path, String label) {
	}

	static String path(long id) {
		return "/knowledge-map/needs/" + id;
	}

	String path() {
		return path(id);
	}

	int priority(MapScales scales) {
		return Priority.of(scales, importance, scarcity, frequency);
	}

	Need withLinks(List<Link> links) {
		return new Need(id, unitId, areaId, title, description, neededBy, peopleCount, availability, importance,
				scarcity, frequency, status, version, raisedBy, createdAt, updatedAt, coveredAt, List.copyOf(links));
	}
}
