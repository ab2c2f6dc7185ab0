package org.agora.platform.search;

import java.util.LinkedHashSet;
import java.util.Set;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.Role;

/**
 * The keys that open a searchable thing. A document carries the keys any one of which lets a person find it; a person
 * holds the {@link #baseKeys base keys} of who they are plus the keys each source grants them
 * ({@link SearchSource#keys}). A source writes its keys from the same rules as its policy, and still has the last
 * word on each hit ({@link SearchSource#visible}).
 */
public final class SearchAccess {

	/** Anyone signed in, guests from partner communities included. */
	public static final String SIGNED_IN = "signed-in";

	/** Anyone in the organization: every role but a guest's alone. */
	public static final String ORGANIZATION = "organization";

	/** Community managers and admins. */
	public static final String MANAGERS = "managers";

	private SearchAccess() {
	}

	/** The key only this person holds: for their own drafts and the like. */
	public static String person(long personId) {
		return "person:" + personId;
	}

	/** The key every holder of the role has. */
	public static String role(Role role) {
		return "role:" + role.name();
	}

	/** A key of a module's own, such as membership of a private space: {@code <module>:<what>:<id>}. */
	public static String scoped(String module, String what, long id) {
		return module + ":" + what + ":" + id;
	}

	/** The keys a person holds by who they are, before any source adds its own. */
	public static Set<String> baseKeys(AgoraPrincipal viewer) {
		Set<String> keys = new LinkedHashSet<>();
		if (viewer == null) {
			return keys;
		}
		keys.add(SIGNED_IN);
		keys.add(person(viewer.personId()));
		for (Role role : viewer.roles()) {
			keys.add(role(role));
			if (role != Role.GUEST) {
				keys.add(ORGANIZATION);
			}
		}
		if (viewer.isManager()) {
			keys.add(MANAGERS);
		}
		return keys;
	}
}
