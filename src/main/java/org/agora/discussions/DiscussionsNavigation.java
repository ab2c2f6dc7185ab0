package org.agora.discussions;

import java.util.List;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.NavItem;
import org.agora.platform.web.Navigation;
import org.springframework.stereotype.Component;

/**
 * The header link to discussions, for everyone signed in (a guest finds there the private spaces they belong to);
 * questions, the radar and moderation are tabs of the discussions pages.
 */
@Component
class DiscussionsNavigation implements Navigation {

	@Override
	public List<NavItem> items(AgoraPrincipal viewer) {
		return viewer == null ? List.of() : List.of(new NavItem("discussions.nav", "/discussions", 42));
	}
}
