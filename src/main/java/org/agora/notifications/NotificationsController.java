package org.agora.notifications;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The notification centre. For htmx requests each handler answers with the list alone. */
@Controller
class NotificationsController {

	private final Notifications notifications;

	NotificationsController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String list(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model) {
		model.addAttribute("inbox", notifications.page(viewer.personId(), page));
		return htmx ? "notifications/list" : "notifications/index";
	}

	@PostMapping("/notifications/{id}/read")
	String markRead(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model) {
		if (!notifications.markRead(viewer.personId(), id)) {
			throw new NotFoundException("Notification");
		}
		return afterChange(viewer, page, htmx, model);
	}

	@PostMapping("/notifications/read")
	String markAllRead(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model) {
		notifications.markAllRead(viewer.personId());
		return afterChange(viewer, page, htmx, model);
	}

	private String afterChange(AgoraPrincipal viewer, int page, boolean htmx, Model model) {
		if (!htmx) {
			return "redirect:/notifications?page=" + Math.max(0, page);
		}
		return list(viewer, page, true, model);
	}
}
