package org.agora.knowledgemap;

import java.util.List;

import org.agora.platform.OrganizationClock;
import org.agora.platform.security.AgoraPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The map's views for everyone in the organization, optionally for one unit and those under it: the needs heat map,
 * coverage per unit, and risk levels by area × unit, computed with the scales in force when read.
 */
@Component
@Transactional(readOnly = true)
class MapViews {

	record Report(MapViewsScope.Scope scope, HeatMaps.NeedsGrid needs, List<CoverageByUnit.Row> coverage,
			HeatRisks.RiskMap risks) {
	}

	private final KnowledgeMapPolicy policy;

	private final MapViewsScope scopes;

	private final HeatMaps heatMaps;

	private final CoverageByUnit coverage;

	private final HeatRisks risks;

	private final MapSettings settings;

	private final OrganizationClock clock;

	MapViews(KnowledgeMapPolicy policy, MapViewsScope scopes, HeatMaps heatMaps, CoverageByUnit coverage,
			HeatRisks risks, MapSettings settings, OrganizationClock clock) {
		this.policy = policy;
		this.scopes = scopes;
		this.heatMaps = heatMaps;
		this.coverage = coverage;
		this.risks = risks;
		this.settings = settings;
		this.clock = clock;
	}

	Report report(AgoraPrincipal viewer, Long unitId) {
		var scope = scope(viewer, unitId);
		return new Report(scope, heatMaps.needs(scope), coverage.rows(scope), withheld(viewer,
				risks.map(settings.scales(), clock.today(), scope)));
	}

	HeatMaps.NeedsGrid needs(AgoraPrincipal viewer, Long unitId) {
		return heatMaps.needs(scope(viewer, unitId));
	}

	List<CoverageByUnit.Row> coverage(AgoraPrincipal viewer, Long unitId) {
		return coverage.rows(scope(viewer, unitId));
	}

	/** Levels only; to anyone but managers, a level that one or two holders make is withheld. */
	HeatRisks.RiskMap risks(AgoraPrincipal viewer, Long unitId) {
		return withheld(viewer, risks.map(settings.scales(), clock.today(), scope(viewer, unitId)));
	}

	private HeatRisks.RiskMap withheld(AgoraPrincipal viewer, HeatRisks.RiskMap map) {
		return policy.maySeeRegister(viewer) ? map
				: HeatRisks.withheld(map, KnowledgeMapPolicy.FEWEST_HOLDERS_FOR_A_LEVEL);
	}

	List<MapViewsScope.Unit> units() {
		return scopes.units();
	}

	private MapViewsScope.Scope scope(AgoraPrincipal viewer, Long unitId) {
		if (!policy.maySeeMap(viewer)) {
			throw new AccessDeniedException("The knowledge map is the organization's");
		}
		return scopes.of(unitId);
	}
}
