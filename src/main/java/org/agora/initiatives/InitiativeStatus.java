package org.agora.initiatives;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where an initiative stands. An idea is planned, a plan launched, an active initiative completed; any of those may
 * be stopped, with a reason. A stopped initiative may be taken up again as a plan (its unit's need rarely goes away;
 * resuming keeps its history in one place instead of a copy). Completed is final.
 */
public enum InitiativeStatus {

	IDEA, PLANNED, ACTIVE, COMPLETED, STOPPED;

	/** The statuses this one may move to: the one place the allowed moves are written. */
	public Set<InitiativeStatus> next() {
		return switch (this) {
			case IDEA -> EnumSet.of(PLANNED, STOPPED);
			case PLANNED -> EnumSet.of(ACTIVE, STOPPED);
			case ACTIVE -> EnumSet.of(COMPLETED, STOPPED);
			case STOPPED -> EnumSet.of(PLANNED);
			case COMPLETED -> EnumSet.noneOf(InitiativeStatus.class);
		};
	}

	public boolean mayMoveTo(InitiativeStatus target) {
		return next().contains(target);
	}

	/**
	 * The Bootstrap classes of the status's badge: a colour of its own, with text Bootstrap picks to read on it (at
	 * least 4.5:1); an idea is light, with a border to set it off the page.
	 */
	public String badge() {
		return switch (this) {
			case IDEA -> "text-bg-light border";
			case PLANNED -> "text-bg-info";
			case ACTIVE -> "text-bg-success";
			case COMPLETED -> "text-bg-primary";
			case STOPPED -> "text-bg-secondary";
		};
	}

	/** Still to happen or happening: what counts as a unit having an initiative. */
	public boolean live() {
		return this == PLANNED || this == ACTIVE;
	}

	/** The status of a typed name ({@code active}, {@code ACTIVE}), or null when it names none. */
	static InitiativeStatus parse(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return valueOf(typed.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
