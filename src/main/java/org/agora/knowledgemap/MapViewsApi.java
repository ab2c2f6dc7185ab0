package org.agora.knowledgemap;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.agora.platform.security.AgoraPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The views' numbers as JSON, the same as the views tab shows, for everyone in the organization. */
@RestController
@Tag(name = "Knowledge map")
class MapViewsApi {

	record CellJson(int importance, int scarcity, int count) {
	}

	/** @param unitId the unit the needs are counted for, with the units under it; null for all */
	record HeatMapJson(Long unitId, List<String> statuses, List<CellJson> cells, int total) {
	}

	record CoverageJson(long unitId, String unit, int covered, int beingAddressed, int open, int total) {
	}

	record UnitJson(long id, String name) {
	}

	/** @param level null where the area has no holder in the unit */
	record RiskCellJson(long unitId, boolean linked, RiskLevel level) {
	}

	record AreaRiskJson(long areaId, String area, RiskLevel level, int holders, boolean singlePointOfKnowledge,
			List<RiskCellJson> units) {
	}

	record RiskLevelsJson(Long unitId, List<UnitJson> units, List<AreaRiskJson> areas) {
	}

	private final MapViews views;

	MapViewsApi(MapViews views) {
		this.views = views;
	}

	@GetMapping("/api/v1/knowledge-needs/heat-map")
	@Operation(summary = "Needs not yet covered (open or being addressed) counted by importance × scarcity, optionally for a unit and the units under it")
	HeatMapJson heatMap(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(required = false) Long unit) {
		var grid = views.needs(viewer, unit);
		var cells = grid.rows()
			.stream()
			.flatMap(r -> r.cells().stream())
			.map(c -> new CellJson(c.importance(), c.scarcity(), c.count()))
			.toList();
		return new HeatMapJson(unit, HeatMaps.UNCOVERED, cells, grid.total());
	}

	@GetMapping("/api/v1/knowledge-needs/coverage")
	@Operation(summary = "Per unit with needs: how many are covered, being addressed and open, optionally for a unit and the units under it")
	List<CoverageJson> coverage(@AuthenticationPrincipal AgoraPrincipal viewer,
			@RequestParam(required = false) Long unit) {
		return views.coverage(viewer, unit)
			.stream()
			.map(r -> new CoverageJson(r.unitId(), r.unit(), r.covered(), r.beingAddressed(), r.open(), r.total()))
			.toList();
	}

	@GetMapping("/api/v1/knowledge-areas/risk-levels")
	@Operation(summary = "Risk levels by area × unit (levels only, never a person, score or date), with each area's holder count and single-point-of-knowledge flag")
	RiskLevelsJson riskLevels(@AuthenticationPrincipal AgoraPrincipal viewer,
			@RequestParam(required = false) Long unit) {
		var map = views.risks(viewer, unit);
		return new RiskLevelsJson(unit, map.units().stream().map(u -> new UnitJson(u.id(), u.name())).toList(),
				map.areas()
					.stream()
					.map(a -> new AreaRiskJson(a.areaId(), a.area(), a.level(), a.holders(), a.singlePoint(),
							a.cells().stream().map(c -> new RiskCellJson(c.unitId(), c.linked(), c.level())).toList()))
					.toList());
	}
}
