package org.agora.notifications;

import java.util.List;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.HomeSection;
import org.agora.platform.web.NavItem;
import org.agora.platform.web.Navigation;
import org.springframework.stereotype.Component;

/** The bell in the header with the unread count, and a reminder on the home page while anything is unread. */
@Component
class UnreadNotifications implements Navigation, HomeSection {

	private final Notifications notifications;

	UnreadNotifications(Notifications notifications) {
		this.notifications = notifications;
	}

	@Override
	public List<NavItem> items(AgoraPrincipal viewer) {
		return List.of(new NavItem("nav.notifications", "/notifications", 90, notifications.unreadCount(viewer.personId())));
	}

	@Override
	public List<NextStep> nextSteps(AgoraPrincipal viewer) {
		if (viewer == null) {
			return List.of();
		}
		long unread = notifications.unreadCount(viewer.personId());
		return unread == 0 ? List.of()
				: List.of(new NextStep("notifications.home.unread", List.of(unread), "/notifications", 20));
	}
}
