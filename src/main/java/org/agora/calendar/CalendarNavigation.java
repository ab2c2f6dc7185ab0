package org.agora.calendar;

import java.util.List;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.NavItem;
import org.agora.platform.web.Navigation;
import org.springframework.stereotype.Component;

/** The calendar's header link, for everyone signed in: guests see the events they are invited to. */
@Component
class CalendarNavigation implements Navigation {

	@Override
	public List<NavItem> items(AgoraPrincipal viewer) {
		return viewer == null ? List.of() : List.of(new NavItem("calviews.nav", "/calendar", 50));
	}
}
