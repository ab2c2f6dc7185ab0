package org.agora.people;

import java.util.Set;

import org.agora.platform.security.Role;

/**
 * What other modules may know of a person.
 *
 * @param locale the language the person reads Agora in, as a language tag
 * @param timeZone the IANA time zone the person reads times in, or null for the organization's
 */
public record PersonSummary(long id, String fullName, String email, String jobTitle, Long unitId, String unitName,
		String locale, Set<Role> roles, LeaderStatus leaderStatus, boolean active, String timeZone) {

	public boolean has(Role role) {
		return roles.contains(role);
	}
}
