package org.agora.initiatives;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.agora.platform.security.AgoraPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The portfolio's numbers as JSON, the same as its page shows, for community managers. */
@RestController
@Tag(name = "Initiatives")
class PortfolioApi {

	record UnitRow(long unitId, String unit, Map<InitiativeStatus, Integer> counts, int total) {
	}

	record KindRow(InitiativeKind kind, Map<InitiativeStatus, Integer> counts, int total) {
	}

	record OverdueJson(long initiativeId, String initiative, String path, String milestone, LocalDate dueOn) {
	}

	record UnitJson(long id, String name) {
	}

	record ObstaclesJson(ObstacleCategory category, int count, int resolved) {
	}

	/** @param uncovered units with no planned or active initiative */
	record PortfolioJson(List<UnitRow> byUnit, List<KindRow> byKind, List<OverdueJson> overdue,
			List<UnitJson> uncovered, List<ObstaclesJson> obstacles) {
	}

	private final Portfolio portfolio;

	private final InitiativesPolicy policy;

	PortfolioApi(Portfolio portfolio, InitiativesPolicy policy) {
		this.portfolio = portfolio;
		this.policy = policy;
	}

	@GetMapping("/api/v1/initiatives/portfolio")
	@Operation(summary = "Community managers: initiatives by unit and by kind against status, overdue milestones, units with no planned or active initiative, and obstacles by category with how many are resolved")
	PortfolioJson portfolio(@AuthenticationPrincipal AgoraPrincipal viewer) {
		if (!policy.maySeePortfolio(viewer)) {
			throw new AccessDeniedException("The portfolio is the community managers'");
		}
		var report = portfolio.report();
		return new PortfolioJson(
				report.byUnit()
					.stream()
					.map(t -> new UnitRow(Long.parseLong(t.key()), t.label(), counts(t), t.total()))
					.toList(),
				report.byKind()
					.stream()
					.map(t -> new KindRow(InitiativeKind.valueOf(t.key()), counts(t), t.total()))
					.toList(),
				report.overdue()
					.stream()
					.map(o -> new OverdueJson(o.initiativeId(), o.initiative(), o.path(), o.milestone(), o.dueOn()))
					.toList(),
				report.uncovered().stream().map(u -> new UnitJson(u.id(), u.name())).toList(),
				report.obstacles()
					.stream()
					.map(o -> new ObstaclesJson(o.category(), o.count(), o.resolved()))
					.toList());
	}

	/** Every status, zero included, so that each row reads the same. */
	private static Map<InitiativeStatus, Integer> counts(Portfolio.Tally tally) {
		Map<InitiativeStatus, Integer> counts = new EnumMap<>(InitiativeStatus.class);
		for (var status : InitiativeStatus.values()) {
			counts.put(status, tally.count(status));
		}
		return counts;
	}
}
