package org.agora.knowledgemap;

import java.time.LocalDate;

/**
 * A person who holds critical knowledge of an area, as recorded. Its risk is computed when read, with the scales in
 * force: attrition from the expected departure × the position risk that counts once a confirmed action captured the
 * knowledge or made the successor hold it. A successor only designated on the holder's form lowers nothing. A closed
 * holder (who left, or no longer holds the knowledge) is kept with their plan but counts nowhere.
 */
record Holder(long id, long areaId, String areaName, long personId, HolderLevel level, HolderDeparture reason,
		LocalDate expectedDeparture, int positionRisk, Long successorId, boolean successorHolds, boolean captured,
		int version, String announcedLevel, LocalDate closedOn) {

	boolean closed() {
		return closedOn != null;
	}

	int attrition(MapScales scales, LocalDate today) {
		return RetentionRisk.attrition(scales, today, expectedDeparture);
	}

	/** The position risk that counts: 1 once the knowledge is captured or a successor holds it. */
	int countedPosition() {
		return RetentionRisk.position(positionRisk, captured, successorHolds);
	}

	/** The recorded risk, 1-25. */
	int risk(MapScales scales, LocalDate today) {
		return RetentionRisk.mitigated(scales, today, expectedDeparture, positionRisk, captured, successorHolds);
	}

	RiskLevel riskLevel(MapScales scales, LocalDate today) {
		return RiskLevel.of(scales, risk(scales, today));
	}
}
