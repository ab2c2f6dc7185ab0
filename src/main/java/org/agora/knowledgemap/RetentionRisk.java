package org.agora.knowledgemap;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The risk of losing a holder's knowledge of an area: attrition risk × position risk, 1-25. Attrition comes from the
 * expected departure (retirement, transfer, end of contract): under 1 year 5, 1-2 years 4, 2-3 years 3, 3-5 years 2,
 * otherwise (or none expected) 1, with the bands in months from the scales in force. A departure date that has passed
 * while the holder is still recorded counts as under a year. Position risk, 1-5, says how unique and hard to replace
 * the knowledge is.
 */
final class RetentionRisk {

	static final int MIN_POSITION = 1;

	static final int MAX_POSITION = 5;

	private RetentionRisk() {
	}

	static int attrition(MapScales scales, LocalDate today, LocalDate expectedDeparture) {
		if (expectedDeparture == null) {
			return 1;
		}
		long months = ChronoUnit.MONTHS.between(today, expectedDeparture);
		if (months < scales.monthsFor5()) {
			return 5;
		}
		if (months < scales.monthsFor4()) {
			return 4;
		}
		if (months < scales.monthsFor3()) {
			return 3;
		}
		return months < scales.monthsFor2() ? 2 : 1;
	}

	static int score(int attrition, int position) {
		if (attrition < 1 || attrition > 5) {
			throw new IllegalArgumentException("Attrition risk runs from 1 to 5, not " + attrition);
		}
		if (position < MIN_POSITION || position > MAX_POSITION) {
			throw new IllegalArgumentException("Position risk runs from 1 to 5, not " + position);
		}
		return attrition * position;
	}

	static int score(MapScales scales, LocalDate today, LocalDate expectedDeparture, int position) {
		return score(attrition(scales, today, expectedDeparture), position);
	}

	/**
	 * The position risk that counts once a plan has worked: when the holder's knowledge is captured or a successor
	 * holds it, it is no longer theirs alone, and counts as 1. A successor only designated does not count.
	 */
	static int position(int position, boolean captured, boolean successorHolds) {
		return captured || successorHolds ? MIN_POSITION : position;
	}

	/** The recorded risk: attrition × the position risk that counts after mitigation. */
	static int mitigated(MapScales scales, LocalDate today, LocalDate expectedDeparture, int position,
			boolean captured, boolean successorHolds) {
		return score(attrition(scales, today, expectedDeparture), position(position, captured, successorHolds));
	}
}
