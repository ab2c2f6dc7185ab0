package org.agora.knowledgemap;

import java.util.Map;

import org.springframework.stereotype.Component;

/** Each area's risk level, the highest of its holders' by the scales in force, as the area pages show it. */
@Component
class RiskLevelsByArea implements AreaRisks {

	private final RiskRegister register;

	private final MapClock clock;

	RiskLevelsByArea(RiskRegister register, MapClock clock) {
		this.register = register;
		this.clock = clock;
	}

	@Override
	public Map<Long, RiskLevel> levels() {
		return register.levelsByArea(clock.today());
	}
}
