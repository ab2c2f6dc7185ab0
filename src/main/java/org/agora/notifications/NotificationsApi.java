package org.agora.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's notifications as JSON, with texts in the caller's language. */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationsApi {

	private final Notifications notifications;

	private final MessageSource messages;

	NotificationsApi(Notifications notifications, MessageSource messages) {
		this.notifications = notifications;
		this.messages = messages;
	}

	record Item(long id, String kind, String text, String link, Instant createdAt, boolean read) {
	}

	/** @param page zero-based */
	record ItemPage(List<Item> items, int page, int size, long total) {
	}

	record UnreadCount(long unread) {
	}

	@GetMapping
	ItemPage list(@AuthenticationPrincipal AgoraPrincipal caller, @RequestParam(defaultValue = "0") int page,
			Locale locale) {
		var found = notifications.page(caller.personId(), page);
		return new ItemPage(found.items().stream().map(n -> item(n, locale)).toList(), found.page(), found.size(),
				found.total());
	}

	@GetMapping("/unread-count")
	UnreadCount unreadCount(@AuthenticationPrincipal AgoraPrincipal caller) {
		return new UnreadCount(notifications.unreadCount(caller.personId()));
	}

	@PostMapping("/{id}/read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void markRead(@AuthenticationPrincipal AgoraPrincipal caller, @PathVariable long id) {
		if (!notifications.markRead(caller.personId(), id)) {
			throw new NotFoundException("Notification");
		}
	}

	@PostMapping("/read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void markAllRead(@AuthenticationPrincipal AgoraPrincipal caller) {
		notifications.markAllRead(caller.personId());
	}

	private Item item(Notification n, Locale locale) {
		String text = messages.getMessage(n.textKey(), n.args().toArray(), n.textKey(), locale);
		return new Item(n.id(), n.kind(), text, n.link(), n.createdAt(), n.read());
	}
}
