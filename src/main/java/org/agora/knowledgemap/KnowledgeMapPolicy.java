package org.agora.knowledgemap;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may see and change the knowledge map.
 *
 * <ul>
 * <li>The map is the organization's: everyone in it but a guest reads the areas, the needs and their priority, and
 * each area's risk level, so units see where knowledge is at risk.</li>
 * <li>Knowledge leaders and community managers add areas and record needs; a need is changed by whoever raised it
 * and by managers (admins count as managers here). Managers alone delete an area, and only one nothing hangs on.</li>
 * <li>Holders, their position risk and retention plans are recorded by community managers and admins. Expected
 * departure dates are HR data: community managers, admins and the holder themself read them; so is a holder's own
 * risk score, which would tell the date's band. Everyone else sees an area's level, never a person's date or score.
 * The risk register and the CSV of risks are therefore the managers'.</li>
 * <li>Retention actions are done by their owner or a manager.</li>
 * <li>The scales (weights, bands, thresholds) are changed by community managers, and every change is recorded.</li>
 * </ul>
 */
@Component
class KnowledgeMapPolicy {

	/** Anyone in the organization: every role but a guest's alone. */
	static boolean inOrganization(AgoraPrincipal viewer) {
		return viewer != null && viewer.roles().stream().anyMatch(r -> r != Role.GUEST);
	}

	boolean maySeeMap(AgoraPrincipal viewer) {
		return inOrganization(viewer);
	}

	boolean mayMapAreas(AgoraPrincipal viewer) {
		return viewer != null && (viewer.isManager() || viewer.has(Role.KNOWLEDGE_LEADER));
	}

	boolean mayDeleteAreas(AgoraPrincipal viewer) {
		return viewer != null && viewer.isManager();
	}

	boolean mayRaiseNeed(AgoraPrincipal viewer) {
		return mayMapAreas(viewer);
	}

	boolean mayChangeNeed(AgoraPrincipal viewer, long raisedBy) {
		return viewer != null && (viewer.isManager() || viewer.personId() == raisedBy);
	}

	/** Community managers and admins record holders, position risk and retention plans. */
	boolean mayManageRetention(AgoraPrincipal viewer) {
		return viewer != null && viewer.isManager();
	}

	/** A holder's expected departure, and their own risk score, which tells its band. */
	boolean maySeeDeparture(AgoraPrincipal viewer, long holderPersonId) {
		return viewer != null && (viewer.isManager() || viewer.personId() == holderPersonId);
	}

	/** The register of risks by person, and its CSV. */
	boolean maySeeRegister(AgoraPrincipal viewer) {
		return viewer != null && viewer.isManager();
	}

	boolean mayDoAction(AgoraPrincipal viewer, long ownerId) {
		return viewer != null && (viewer.isManager() || viewer.personId() == ownerId);
	}

	/**
	 * The fewest holders whose highest level may be shown to someone who may not read people's risks: the level of an
	 * area (or of an area in a unit) that one or two people hold would be their own, and tell their departure's band.
	 */
	static final int FEWEST_HOLDERS_FOR_A_LEVEL = 3;

	/** Whether the level of an area, or of an area in a unit, that this many people hold may be shown to the viewer. */
	boolean maySeeLevelOf(AgoraPrincipal viewer, int holders) {
		return maySeeRegister(viewer) || holders >= FEWEST_HOLDERS_FOR_A_LEVEL;
	}

	boolean mayChangeScales(AgoraPrincipal viewer) {
		return viewer != null && viewer.has(Role.COMMUNITY_MANAGER);
	}

	// needs: the scales page is read by managers (admins too); only community managers change it
	boolean maySeeScales(AgoraPrincipal viewer) {
		return viewer != null && viewer.isManager();
	}
}
