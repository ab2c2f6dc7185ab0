package org.agora.people;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.Role;
import org.springframework.stereotype.Component;

/** Who may see and do what with people, units and the leader programme. */
@Component
class PeoplePolicy {

	/** Guests from partner communities see only what they are invited to, never the directory. */
	boolean mayBrowseDirectory(AgoraPrincipal viewer) {
		return viewer != null && !viewer.roles().isEmpty() && !(viewer.roles().size() == 1 && viewer.has(Role.GUEST));
	}

	boolean mayEditProfile(AgoraPrincipal viewer, long personId) {
		return viewer != null && (viewer.personId() == personId || viewer.has(Role.ADMIN));
	}

	boolean mayManageOrganization(AgoraPrincipal viewer) {
		return viewer != null && viewer.has(Role.ADMIN);
	}

	boolean mayNominate(AgoraPrincipal viewer) {
		return mayBrowseDirectory(viewer);
	}

	boolean mayReviewNominations(AgoraPrincipal viewer) {
		return viewer != null && viewer.isManager();
	}

	boolean maySeeNomination(AgoraPrincipal viewer, Nomination nomination) {
		return mayReviewNominations(viewer) || (viewer != null && nomination.nominatorId == viewer.personId());
	}

	boolean maySeeCoverage(AgoraPrincipal viewer) {
		return viewer != null && (viewer.isManager() || viewer.has(Role.KNOWLEDGE_LEADER));
	}
}
