package org.agora.knowledgemap;

import java.time.LocalDate;

/**
 * A person who holds critical knowledge of an area, as recorded. Its risk is computed when read, with the scales in
 * force: attrition from the expected departure × the position risk that counts once the knowledge is captured or a
 * successor holds it.
 */
record Holder(long id, long areaId, String areaName, long personId, HolderLevel level, HolderDeparture reason,
		LocalDate expectedDeparture, int positionRisk, Long successorId, boolean captured, int version,
		String announcedLevel) {

	int attrition(MapScales scales, LocalDate today) {
		return RetentionRisk.attrition(scales, today, expectedDeparture);
	}

	/** The recorded risk, 1-25. */
	int risk(MapScales scales, LocalDate today) {
		return RetentionRisk.mitigated(scales, today, expectedDeparture, positionRisk, captured, successorId != null);
	}

	RiskLevel riskLevel(MapScales scales, LocalDate today) {
		return RiskLevel.of(scales, risk(scales, today));
	}
}
