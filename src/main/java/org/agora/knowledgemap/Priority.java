package org.agora.knowledgemap;

/**
 * A knowledge need's priority: importance to the unit's goals + scarcity (how few hold it) + frequency of use, each
 * scored 1-3 and weighted by the scales in force (3-9 with the default equal weights).
 */
final class Priority {

	static final int MIN_SCORE = 1;

	static final int MAX_SCORE = 3;

	private Priority() {
	}

	static int of(MapScales scales, int importance, int scarcity, int frequency) {
		check(importance);
		check(scarcity);
		check(frequency);
		return scales.importanceWeight() * importance + scales.scarcityWeight() * scarcity
				+ scales.frequencyWeight() * frequency;
	}

	static boolean valid(int score) {
		return score >= MIN_SCORE && score <= MAX_SCORE;
	}

	private static void check(int score) {
		if (!valid(score)) {
			throw new IllegalArgumentException("A score runs from 1 to 3, not " + score);
		}
	}
}
