package org.agora.people;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.Role;
import org.springframework.stereotype.Component;

/** Who may see and do what with people, units and the leader programme. */
@Component
class PeoplePolicy {

	private static final java.util.Set<Role> MEMBER_ROLES = java.util.EnumSet.of(Role.EMPLOYEE, Role.KNOWLEDGE_LEADER,
			Role.COMMUNITY_MANAGER, Role.ADMIN);

	/** Members of the organization; guests from partner communities are not. */
	static boolean isMember(java.util.Set<Role> roles) {
		return roles.stream().anyMatch(MEMBER_ROLES::contains);
	}

	/** Guests from partner communities see only what they are invited to, never the directory. */
	boolean mayBrowseDirectory(AgoraPrincipal viewer) {
		return viewer != null && isMember(viewer.roles());
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

	/** Managers decide nominations, but never one about themselves. */
	boolean mayDecide(AgoraPrincipal viewer, Nomination nomination) {
		return mayReviewNominations(viewer) && nomination.nomineeId != viewer.personId();
	}

	/** Only active members can be nominated, and nobody nominates themselves. */
	boolean mayBeNominated(AgoraPrincipal viewer, Person nominee) {
		return nominee.active && isMember(nominee.roleSet()) && nominee.id != viewer.personId()
				&& nominee.leaderStatus != LeaderStatus.ACTIVE;
	}

	/**
	 * Being nominated is between the nominator and the community managers: others, the nominee included, see no
	 * status until the person is appointed.
	 */
	LeaderStatus visibleLeaderStatus(AgoraPrincipal viewer, LeaderStatus status) {
		return status == LeaderStatus.NOMINEE && !mayReviewNominations(viewer) ? null : status;
	}

	boolean maySeeNomination(AgoraPrincipal viewer, Nomination nomination) {
		return mayReviewNominations(viewer) || (viewer != null && nomination.nominatorId == viewer.personId());
	}

	boolean maySeeCoverage(AgoraPrincipal viewer) {
		return viewer != null && (viewer.isManager() || viewer.has(Role.KNOWLEDGE_LEADER));
	}
}
