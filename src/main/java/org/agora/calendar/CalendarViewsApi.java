package org.agora.calendar;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.agora.platform.AgoraProperties;
import org.agora.platform.security.AgoraPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The calendar views as JSON, with the same filters and the same permission checks as the pages. */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarViewsApi {

	/**
	 * @param free seats still free, or null without a limit
	 * @param standing the viewer's registration, or null
	 */
	record EventJson(long id, String title, EventType type, Instant startsAt, Instant endsAt, String timeZone,
			String location, String onlineUrl, Audience audience, EventStatus status, Set<FocusArea> focus,
			List<String> tags, Integer capacity, Integer free, int waitlisted, StandingJson standing, String path) {

		static EventJson of(CalendarViews.Listing l) {
			var e = l.event();
			return new EventJson(e.id(), e.title(), e.type(), e.startsAt(), e.endsAt(), e.zone().getId(), e.location(),
					e.onlineUrl(), e.audience(), e.status(), e.focus(), e.tags(), e.capacity(), l.free(), l.waiting(),
					l.standing() == null ? null : new StandingJson(l.standing().status(), l.standing().position()),
					e.path());
		}
	}

	/** @param position the place on the waitlist, or 0 with a seat */
	record StandingJson(RegistrationStatus status, int position) {
	}

	record PageJson(List<EventJson> items, int page, int size, long total, int pages) {
	}

	record MonthJson(String month, String timeZone, List<EventJson> events) {
	}

	/** A quarter; the counts against the cadence are left out for a guest (see {@link CalendarViews#showsCadence}). */
	record QuarterJson(int quarter, @JsonInclude(JsonInclude.Include.NON_NULL) Integer events,
			@JsonInclude(JsonInclude.Include.NON_NULL) Integer required,
			@JsonInclude(JsonInclude.Include.NON_NULL) Boolean met, List<EventJson> visibleEvents) {
	}

	/** A year; the external events against the cadence are left out for a guest. */
	record YearJson(int year, String timeZone, List<QuarterJson> quarters,
			@JsonInclude(JsonInclude.Include.NON_NULL) Integer externalEvents,
			@JsonInclude(JsonInclude.Include.NON_NULL) Integer externalRequired,
			@JsonInclude(JsonInclude.Include.NON_NULL) Boolean externalMet) {
	}

	record PastJson(EventJson event, boolean attended) {
	}

	record MineJson(List<EventJson> upcoming, List<PastJson> past, List<EventJson> organizing, String feedUrl) {
	}

	private final CalendarViews views;

	private final Cadence cadence;

	private final FeedTokens feeds;

	private final AgoraProperties properties;

	CalendarViewsApi(CalendarViews views, Cadence cadence, FeedTokens feeds, AgoraProperties properties) {
		this.views = views;
		this.cadence = cadence;
		this.feeds = feeds;
		this.properties = properties;
	}

	@GetMapping("/upcoming")
	PageJson upcoming(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(required = false) String type,
			@RequestParam(required = false) String focus, @RequestParam(required = false) String tag,
			@RequestParam(defaultValue = "false") boolean past, @RequestParam(defaultValue = "0") int page) {
		var listing = views.upcoming(viewer, CalendarParams.filters(type, focus, tag, past), page);
		return new PageJson(json(listing.items()), listing.page(), listing.size(), listing.total(), listing.pages());
	}

	/** The events starting in the month, read in the viewer's time zone; the current month without a parameter. */
	@GetMapping("/month")
	MonthJson month(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(required = false) String month) {
		var zone = views.zoneOf(viewer);
		var shown = CalendarParams.month(month);
		if (shown == null) {
			shown = YearMonth.from(views.now().atZone(zone));
		}
		var events = views.between(viewer, shown.atDay(1).atStartOfDay(zone).toInstant(),
				shown.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
		return new MonthJson(shown.toString(), zone.getId(), json(events));
	}

	@GetMapping("/quarters")
	YearJson quarters(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(required = false) String year) {
		var shown = CalendarParams.year(year);
		var view = views.year(viewer, shown != null ? shown : Quarter.of(views.now(), cadence.zone()).year());
		var quarters = view.quarters().stream().map(q -> {
			var s = q.standing();
			return CalendarViews.showsCadence(viewer)
					? new QuarterJson(q.quarter().number(), s.events(), s.required(), s.met(), json(q.events()))
					: new QuarterJson(q.quarter().number(), null, null, null, json(q.events()));
		}).toList();
		var standing = view.standing();
		return CalendarViews.showsCadence(viewer)
				? new YearJson(view.year(), cadence.zone().getId(), quarters, standing.external(),
						standing.externalRequired(), standing.externalMet())
				: new YearJson(view.year(), cadence.zone().getId(), quarters, null, null, null);
	}

	@GetMapping("/mine")
	MineJson mine(@AuthenticationPrincipal AgoraPrincipal viewer) {
		var mine = views.mine(viewer);
		return new MineJson(json(mine.upcoming()), mine.past()
			.stream()
			.map(p -> new PastJson(EventJson.of(p.listing()), p.attended()))
			.toList(), json(mine.organizing()), properties.link(feeds.pathFor(viewer.personId())));
	}

	private static List<EventJson> json(List<CalendarViews.Listing> listings) {
		return listings.stream().map(EventJson::of).toList();
	}
}
