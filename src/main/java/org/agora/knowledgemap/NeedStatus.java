package org.agora.knowledgemap;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where a knowledge need stands. An open need is taken up, then covered once what addresses it is in place; a covered
 * need may be opened again when it turns out not to be covered after all. The one place the allowed moves are written.
 */
enum NeedStatus {

	OPEN, BEING_ADDRESSED, COVERED;

	Set<NeedStatus> next() {
		return switch (this) {
			case OPEN -> EnumSet.of(BEING_ADDRESSED, COVERED);
			case BEING_ADDRESSED -> EnumSet.of(OPEN, COVERED);
			case COVERED -> EnumSet.of(OPEN);
		};
	}

	boolean mayMoveTo(NeedStatus target) {
		return next().contains(target);
	}

	/** Not covered yet: what the backlog and an area's open count hold. */
	boolean open() {
		return this != COVERED;
	}

	/** The badge's Bootstrap classes, each with text Bootstrap picks to read on it. */
	String badge() {
		return switch (this) {
			case OPEN -> "text-bg-warning";
			case BEING_ADDRESSED -> "text-bg-info";
			case COVERED -> "text-bg-success";
		};
	}

	/** The status of a typed name ({@code covered}, {@code COVERED}), or null when it names none. */
	static NeedStatus parse(String typed) {
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
