package org.agora.knowledgemap;

import java.util.Map;

/** Each area's retention risk level: the highest of its holders', by the scales in force; areas without holders are left out. */
interface AreaRisks {

	Map<Long, RiskLevel> levels();
}
