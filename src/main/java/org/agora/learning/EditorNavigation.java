package org.agora.learning;

import java.util.List;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.NavItem;
import org.agora.platform.web.Navigation;
import org.springframework.stereotype.Component;

/** The course editor's link in the header, for the people who may edit courses. */
@Component
class EditorNavigation implements Navigation {

	private final LearningPolicy policy;

	EditorNavigation(LearningPolicy policy) {
		this.policy = policy;
	}

	@Override
	public List<NavItem> items(AgoraPrincipal viewer) {
		return policy.mayEditCourses(viewer) ? List.of(new NavItem("editor.nav", "/learning/edit", 45)) : List.of();
	}
}
