package org.agora.knowledgemap;

import java.util.List;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.NavItem;
import org.agora.platform.web.Navigation;
import org.springframework.stereotype.Component;

/** The header link to the knowledge map, for everyone in the organization; needs, risks and views are its tabs. */
@Component
class KnowledgeMapNavigation implements Navigation {

	@Override
	public List<NavItem> items(AgoraPrincipal viewer) {
		return KnowledgeMapPolicy.inOrganization(viewer) ? List.of(new NavItem("map.nav", "/knowledge-map", 47))
				: List.of();
	}
}
