package org.agora.knowledgemap;

/** How urgent a retention risk is, by the thresholds in force. */
enum RiskLevel {

	LOW, MEDIUM, HIGH;

	static RiskLevel of(MapScales scales, int risk) {
		if (risk >= scales.highRisk()) {
			return HIGH;
		}
		return risk >= scales.mediumRisk() ? MEDIUM : LOW;
	}
}
