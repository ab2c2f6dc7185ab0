package org.agora.initiatives;

import java.util.List;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.NavItem;
import org.agora.platform.web.Navigation;
import org.springframework.stereotype.Component;

/**
 * One header link for initiatives, joint projects ({@code /initiatives/projects}) and support
 * ({@code /initiatives/support}); each is a tab of the others' pages.
 */
@Component
class InitiativesNavigation implements Navigation {

	@Override
	public List<NavItem> items(AgoraPrincipal viewer) {
		return InitiativesPolicy.inOrganization(viewer) ? List.of(new NavItem("initiatives.nav", "/initiatives", 46))
				: List.of();
	}
}
