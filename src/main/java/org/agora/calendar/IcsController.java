package org.agora.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * iCalendar downloads of single events, for people who may see them, and personal feeds, which calendar
 * applications fetch with the secret link instead of signing in.
 */
@RestController
class IcsController {

	static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final EventStore store;

	private final CalendarPolicy policy;

	private final IcsWriter writer;

	private final PersonalFeeds feeds;

	private final Clock clock;

	IcsController(EventStore store, CalendarPolicy policy, IcsWriter writer, PersonalFeeds feeds, Clock clock) {
		this.store = store;
		this.policy = policy;
		this.writer = writer;
		this.feeds = feeds;
		this.clock = clock;
	}

	@GetMapping("/api/v1/events/{id}/ics")
	ResponseEntity<String> download(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id) {
		var event = store.find(id).filter(e -> policy.maySee(viewer, e)).orElseThrow(() -> new NotFoundException("Event"));
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(CalendarEvent.slug(event.title()) + ".ics").build().toString())
			.body(writer.download(event, viewer, org.springframework.context.i18n.LocaleContextHolder.getLocale(),
					clock.instant()));
	}

	/** A wrong or outdated token gets an empty 404, which tells nothing about whose it was. */
	@GetMapping("/calendar/feed/{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		return feeds.ics(token)
			.map(ics -> ResponseEntity.ok()
				.contentType(CALENDAR)
				.header(HttpHeaders.CACHE_CONTROL, "private, max-age=300")
				.body(ics))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}
}
