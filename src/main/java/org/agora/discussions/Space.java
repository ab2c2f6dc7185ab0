package org.agora.discussions;

import java.time.Instant;

/** A discussion space. The slug is its readable address: {@code /discussions/s/<slug>}. */
record Space(long id, String slug, String name, String description, SpaceKind kind, boolean archived,
		Long createdBy, Instant createdAt, int version) {

	boolean isPrivate() {
		return kind == SpaceKind.PRIVATE;
	}

	String path() {
		return "/discussions/s/" + slug;
	}
}
