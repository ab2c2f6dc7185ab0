package org.agora.knowledgemap;

import java.util.Map;

/**
 * Each area's retention risk level for the map's tree: the highest of its holders', by the scales in force; areas
 * without holders are left out.
 */
interface AreaRisks {

	/** The level of each area that has holders, by area id. */
	Map<Long, RiskLevel> levels();
}
