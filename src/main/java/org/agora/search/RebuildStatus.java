package org.agora.search;

import java.time.Instant;
import java.util.List;

/**
 * Where the latest rebuild of the index stands.
 *
 * @param running whether one is under way
 * @param startedAt when it started, or null if none ran since start-up
 * @param finishedAt when it finished, or null while it runs
 * @param types how far it got with each type
 * @param failure why it failed, or null
 */
record RebuildStatus(boolean running, Instant startedAt, Instant finishedAt, List<TypeProgress> types,
		String failure) {

	static final RebuildStatus NONE = new RebuildStatus(false, null, null, List.of(), null);

	long done() {
		return types.stream().mapToLong(TypeProgress::done).sum();
	}

	long total() {
		return types.stream().mapToLong(TypeProgress::total).sum();
	}

	/** From 0 to 100; a source's count is an estimate, so this never passes 100 while running. */
	int percent() {
		if (!running) {
			return startedAt == null || failure != null ? 0 : 100;
		}
		return total() == 0 ? 0 : (int) Math.min(99, done() * 100 / total());
	}

	/** @param done documents written so far @param total the source's estimate */
	record TypeProgress(String type, long done, long total) {
	}
}
