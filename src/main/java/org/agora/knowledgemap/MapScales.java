package org.agora.knowledgemap;

/**
 * The scales the map is read with, which community managers may change: the weights of a need's three scores, the
 * months before a departure at which attrition risk rises to 5, 4, 3 and 2, and the scores from which a retention
 * risk is high or medium.
 */
record MapScales(int importanceWeight, int scarcityWeight, int frequencyWeight, int monthsFor5, int monthsFor4,
		int monthsFor3, int monthsFor2, int highRisk, int mediumRisk) {

	/**
	 * Equal weights (priority 3-9); departures under 1, 2, 3 and 5 years; high from 16 (at least 4 × 4), medium
	 * from 9 (at least 3 × 3).
	 */
	static final MapScales DEFAULTS = new MapScales(1, 1, 1, 12, 24, 36, 60, 16, 9);
}
