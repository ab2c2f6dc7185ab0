package org.agora.recognition;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.agora.platform.security.AgoraPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The recognition report as JSON, for managers, through the same service and checks as its page. */
@RestController
@Tag(name = "Recognition")
class ReportApi {

	record OutcomeJson(PointRule rule, int count) {
	}

	record UnitJson(Long unitId, String name, int points, int people) {
	}

	record BadgeJson(String slug, String nameEn, String nameHe, int count) {
	}

	/** The report; moreTied counts the people who share the last rank of the top but are left out of it. */
	record ReportJson(LocalDate from, LocalDate to, Long unitId, String unitName, int points, int people,
			List<LeaderboardApi.StandingJson> top, int moreTied, List<OutcomeJson> outcomes, List<UnitJson> units,
			List<BadgeJson> badges) {
	}

	private final RecognitionReport reports;

	ReportApi(RecognitionReport reports) {
		this.reports = reports;
	}

	@GetMapping("/api/v1/recognition/report")
	@Operation(summary = "The recognition report (community managers and admins): from and to (days, both included, YYYY-MM-DD; the current quarter unless given; at most two years), unit (an org unit's id, with the units under it); points and people who earned them, the top 10 contributors (people who opted out of leaderboards are counted but not named), outcomes achieved, activity per unit and badges awarded")
	ReportJson report(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String unit) {
		var r = reports.report(viewer, reports.query(viewer, from, to, unit));
		var q = r.query();
		return new ReportJson(q.from(), q.to(), q.unitId(), r.unitName(), r.points(), r.people(),
				r.top().stream().map(LeaderboardApi.StandingJson::of).toList(), r.moreTied(),
				r.outcomes().stream().map(o -> new OutcomeJson(o.rule(), o.count())).toList(),
				r.units().stream().map(u -> new UnitJson(u.unitId(), u.name(), u.points(), u.people())).toList(),
				r.badges().stream().map(b -> new BadgeJson(b.slug(), b.nameEn(), b.nameHe(), b.count())).toList());
	}
}
