package org.agora.recognition;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what in recognition.
 *
 * <ul>
 * <li>Everyone in the organization (every role but a guest's alone) sees leaderboards, badges, public kudos and the
 * timeline, and may give kudos and react. Guests see none of it: it is the organization's.</li>
 * <li>A person's points and their sources are theirs; others see their total and badges, never what they earned in a
 * private space. Managers see everyone's ledger, for the report.</li>
 * <li>Private kudos are seen by their giver and receiver only.</li>
 * <li>Community managers change the rules, create and award manual badges, and make the report; admins read the
 * report too.</li>
 * </ul>
 */
@Component
class RecognitionPolicy {

	static boolean inOrganization(AgoraPrincipal viewer) {
		return viewer != null && viewer.roles().stream().anyMatch(r -> r != Role.GUEST);
	}

	boolean maySee(AgoraPrincipal viewer) {
		return inOrganization(viewer);
	}

	boolean mayGiveKudos(AgoraPrincipal viewer) {
		return inOrganization(viewer);
	}

	/** The sources of a person's points, private ones included. */
	boolean maySeeLedgerOf(AgoraPrincipal viewer, long personId) {
		return viewer != null && (viewer.personId() == personId || viewer.isManager());
	}

	boolean maySeeKudos(AgoraPrincipal viewer, boolean isPublic, long fromId, long toId) {
		return inOrganization(viewer)
				&& (isPublic || viewer.personId() == fromId || viewer.personId() == toId);
	}

	boolean mayChangeRules(AgoraPrincipal viewer) {
		return viewer != null && viewer.has(Role.COMMUNITY_MANAGER);
	}

	boolean mayAwardBadges(AgoraPrincipal viewer) {
		return viewer != null && viewer.has(Role.COMMUNITY_MANAGER);
	}

	boolean maySeeReport(AgoraPrincipal viewer) {
		return viewer != null && viewer.isManager();
	}
}
