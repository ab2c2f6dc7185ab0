package org.agora.initiatives;

import java.time.Instant;

/** A joint project's charter as stored: what it is for, who leads it, where it stands. */
record Project(long id, String title, String goal, String scope, long leadId, ProjectStatus status, int version,
		Instant createdAt, Instant updatedAt, Instant completedAt) {

	String path() {
		return "/initiatives/projects/" + id;
	}

	boolean active() {
		return status == ProjectStatus.ACTIVE;
	}
}
