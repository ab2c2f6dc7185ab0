package org.agora.recognition;

import java.util.List;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.NavItem;
import org.agora.platform.web.Navigation;
import org.springframework.stereotype.Component;

/** The header link to recognition, for everyone in the organization; the timeline, boards and badges are its tabs. */
@Component
class RecognitionNavigation implements Navigation {

	@Override
	public List<NavItem> items(AgoraPrincipal viewer) {
		return RecognitionPolicy.inOrganization(viewer) ? List.of(new NavItem("recognition.nav", "/recognition", 48))
				: List.of();
	}
}
