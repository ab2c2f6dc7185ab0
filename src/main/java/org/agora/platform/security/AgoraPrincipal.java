package org.agora.platform.security;

import java.time.ZoneId;
import java.util.Set;

/** The signed-in person, whichever way they signed in (password, single sign-on or access token). */
public interface AgoraPrincipal {

	long personId();

	String displayName();

	Set<Role> roles();

	default boolean has(Role role) {
		return roles().contains(role);
	}

	/** The time zone the person reads times in, or null for the organization's. */
	default ZoneId zone() {
		return null;
	}

	default boolean isManager() {
		return has(Role.COMMUNITY_MANAGER) || has(Role.ADMIN);
	}
}
