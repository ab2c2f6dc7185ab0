package org.agora.calendar;

import java.time.Clock;
import java.util.List;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.HomeSection;
import org.springframework.stereotype.Component;

/**
 * On a community manager's home page: a warning when the current quarter or the next one has fewer community events
 * scheduled than the cadence asks for, leading to the quarter view.
 */
@Component
class CadenceHomeSection implements HomeSection {

	static final int PRIORITY = 5;

	private final Cadence cadence;

	private final CalendarPolicy policy;

	private final Clock clock;

	CadenceHomeSection(Cadence cadence, CalendarPolicy policy, Clock clock) {
		this.cadence = cadence;
		this.policy = policy;
		this.clock = clock;
	}

	@Override
	public List<NextStep> nextSteps(AgoraPrincipal viewer) {
		if (!policy.mayManageCadence(viewer)) {
			return List.of();
		}
		return cadence.shortfalls(clock.instant(), cadence.rules())
			.stream()
			.map(s -> new NextStep("calviews.home.cadence",
					List.of(s.quarter().number(), String.valueOf(s.quarter().year()), s.events(), s.required()),
					"/calendar/quarters?year=" + s.quarter().year(), PRIORITY))
			.toList();
	}
}
