package org.agora.initiatives;

import java.util.Locale;
import java.util.Set;

import org.agora.platform.Text;
import org.agora.platform.web.InvalidInputException;

/** Where a joint project stands: worked on, done, or put away. A done or archived project can be reopened. */
enum ProjectStatus {

	ACTIVE, COMPLETED, ARCHIVED;

	/** The statuses the project may be moved to from this one. */
	Set<ProjectStatus> next() {
		return switch (this) {
			case ACTIVE -> Set.of(COMPLETED, ARCHIVED);
			case COMPLETED -> Set.of(ACTIVE, ARCHIVED);
			case ARCHIVED -> Set.of(ACTIVE);
		};
	}

	static ProjectStatus parse(String typed) {
		try {
			return valueOf(typed == null ? "" : Text.withoutNul(typed).strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("status", "projects.error.status",
					"The status is ACTIVE, COMPLETED or ARCHIVED.");
		}
	}
}
