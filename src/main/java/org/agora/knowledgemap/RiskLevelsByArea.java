package org.agora.knowledgemap;

import java.util.Map;

import org.agora.platform.OrganizationClock;
import org.springframework.stereotype.Component;

/**
 * Each area's risk level, the highest of its open holders' by the scales in force, as the area pages show it: the
 * same reckoning as the heat map's rows ({@link HeatRisks}).
 */
@Component
class RiskLevelsByArea implements AreaRisks {

	private final HeatRisks heat;

	private final MapSettings settings;

	private final OrganizationClock clock;

	RiskLevelsByArea(HeatRisks heat, MapSettings settings, OrganizationClock clock) {
		this.heat = heat;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public Map<Long, RiskLevel> levels() {
		return heat.levelsByArea(settings.scales(), clock.today());
	}
}
