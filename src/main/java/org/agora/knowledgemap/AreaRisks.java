package org.agora.knowledgemap;

import java.util.Map;

/**
 * Each area's retention risk level, for the map's tree. The retention part provides the bean; without one the map
 * shows no levels.
 */
interface AreaRisks {

	/** The level of each area that has holders, by area id. */
	Map<Long, RiskLevel> levels();
}
