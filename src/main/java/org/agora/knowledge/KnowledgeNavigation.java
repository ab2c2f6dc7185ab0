package org.agora.knowledge;

import java.util.List;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.NavItem;
import org.agora.platform.web.Navigation;
import org.springframework.stereotype.Component;

/** The header link to the knowledge base, for everyone in the organization; the toolkit is a tab of its pages. */
@Component
class KnowledgeNavigation implements Navigation {

	@Override
	public List<NavItem> items(AgoraPrincipal viewer) {
		return KnowledgePolicy.inOrganization(viewer) ? List.of(new NavItem("knowledge.nav", "/knowledge", 44))
				: List.of();
	}
}
