package org.agora.discussions;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Announcements as JSON: the current ones of the viewer's audience (with read counts for community managers), and
 * publishing one (community managers).
 */
@RestController
class AnnouncementApi {

	/** An announcement as the API shows it; read counts only for managers. */
	record AnnouncementJson(long id, String title, String body, AnnouncementAudience audience, Long unitId,
			String authorName, Instant publishedAt, Instant expiresAt, boolean read, Long readCount) {

		static AnnouncementJson of(Announcement a, boolean manager) {
			return new AnnouncementJson(a.id(), a.title(), a.body(), a.audience(), a.unitId(), a.authorName(),
					a.publishedAt(), a.expiresAt(), a.read(), manager ? a.readCount() : null);
		}
	}

	/**
	 * An announcement to publish; {@code expires} is the last day it shows (ISO date, in the organization's time
	 * zone), empty for 30 days.
	 */
	record AnnouncementRequest(String title, String body, String audience, Long unitId, String expires) {

		AnnouncementForm form() {
			return new AnnouncementForm(title, body, audience, unitId == null ? "" : unitId.toString(), expires);
		}
	}

	private final Announcements announcements;

	private final ZoneId organizationZone;

	AnnouncementApi(Announcements announcements, @Value("${agora.time-zone:UTC}") ZoneId organizationZone) {
		this.announcements = announcements;
		this.organizationZone = organizationZone;
	}

	@GetMapping("/api/v1/announcements")
	java.util.List<AnnouncementJson> current(@AuthenticationPrincipal AgoraPrincipal viewer) {
		boolean manager = Announcements.mayPublish(viewer);
		return announcements.currentFor(viewer).stream().map(a -> AnnouncementJson.of(a, manager)).toList();
	}

	@PostMapping("/api/v1/announcements")
	ResponseEntity<AnnouncementJson> publish(@AuthenticationPrincipal AgoraPrincipal viewer,
			@RequestBody(required = false) AnnouncementRequest request) {
		if (!Announcements.mayPublish(viewer)) {
			throw new AccessDeniedException("Only community managers publish announcements");
		}
		if (request == null) {
			throw new InvalidInputException("title", "dradar.announcement.error.title", "Send the announcement as JSON");
		}
		var zone = viewer.zone() != null ? viewer.zone() : organizationZone;
		var published = announcements.publish(viewer, request.form(), zone);
		return ResponseEntity.created(URI.create("/announcements#announcement-" + published.id()))
			.body(AnnouncementJson.of(published, true));
	}
}
