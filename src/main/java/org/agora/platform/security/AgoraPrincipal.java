package org.agora.platform.security;

import java.util.Set;

/** The signed-in person, whichever way they signed in (password, single sign-on or access token). */
public interface AgoraPrincipal {

	long personId();

	String displayName();

	Set<Role> roles();

	default boolean has(Role role) {
		return roles().contains(role);
	}

	default boolean isManager() {
		return has(Role.COMMUNITY_MANAGER) || has(Role.ADMIN);
	}
}
