package org.agora.calendar;

import java.time.YearMonth;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The calendar's three ways of browsing: the upcoming list, the month grid and the year's quarters with the cadence.
 * A month or year that cannot be read shows the current one with a notice, and answers 400.
 */
@Controller
class CalendarViewsController {

	private final CalendarViews views;

	private final Cadence cadence;

	private final CalendarPolicy policy;

	CalendarViewsController(CalendarViews views, Cadence cadence, CalendarPolicy policy) {
		this.views = views;
		this.cadence = cadence;
		this.policy = policy;
	}

	@GetMapping("/calendar")
	String upcoming(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(required = false) String type,
			@RequestParam(required = false) String focus, @RequestParam(required = false) String tag,
			@RequestParam(defaultValue = "false") boolean past, @RequestParam(defaultValue = "0") int page,
			Model model) {
		var filters = CalendarParams.filters(type, focus, tag, past);
		model.addAttribute("filters", filters);
		model.addAttribute("listing", views.upcoming(viewer, filters, page));
		model.addAttribute("plan", policy.mayCreate(viewer));
		return "calendar/upcoming";
	}

	@GetMapping("/calendar/month")
	String month(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(required = false) String month,
			Locale locale, HttpServletResponse response, Model model) {
		var zone = views.zoneOf(viewer);
		var today = views.now().atZone(zone).toLocalDate();
		YearMonth shown;
		try {
			shown = CalendarParams.month(month);
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("failed", e.messageKey());
			shown = null;
		}
		if (shown == null) {
			shown = YearMonth.from(today);
		}
		var events = views.between(viewer, shown.atDay(1).atStartOfDay(zone).toInstant(),
				shown.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
		model.addAttribute("grid", MonthGrid.of(shown, MonthGrid.firstDayOfWeek(locale), today, zone, events));
		model.addAttribute("plan", policy.mayCreate(viewer));
		return "calendar/month";
	}

	@GetMapping("/calendar/quarters")
	String quarters(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(required = false) String year,
			HttpServletResponse response, Model model) {
		Integer shown;
		try {
			shown = CalendarParams.year(year);
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("failed", e.messageKey());
			shown = null;
		}
		model.addAttribute("view", views.year(viewer, shown != null ? shown : Quarter.of(views.now(), cadence.zone()).year()));
		model.addAttribute("current", Quarter.of(views.now(), cadence.zone()));
		model.addAttribute("organizationZone", cadence.zone().getId());
		model.addAttribute("manage", policy.mayManageCadence(viewer));
		model.addAttribute("plan", policy.mayCreate(viewer));
		return "calendar/quarters";
	}
}
